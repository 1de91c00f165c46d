namespace Reporting.Workbooks.Reading;

/// <summary>Tells date formats from number formats, so a reader can show a serial number as a date.</summary>
internal static class NumberFormatKind
{
    /// <summary>Excel's built-in date and time formats (ids 14–22 and 45–47).</summary>
    public static bool IsBuiltInDate(uint id) => id is >= 14 and <= 22 or >= 45 and <= 47;

    /// <summary>
    /// A format code is a date format when, outside quoted text, escapes and [brackets], it uses a
    /// date or time letter (y, m, d, h, s).
    /// </summary>
    public static bool IsDateCode(string code)
    {
        var inQuotes = false;
        var inBrackets = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (inQuotes)
            {
                inQuotes = c != '"';
            }
            else if (inBrackets)
            {
                inBrackets = c != ']';
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == '[')
            {
                inBrackets = true;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (char.ToLowerInvariant(c) is 'y' or 'm' or 'd' or 'h' or 's')
            {
                return !code.Equals("General", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
