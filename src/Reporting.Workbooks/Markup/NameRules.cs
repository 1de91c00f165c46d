using System.Text.RegularExpressions;

namespace Reporting.Workbooks.Markup;

/// <summary>The rules Excel sets for sheet names and for the names of tables and defined names.</summary>
internal static partial class NameRules
{
    public const int MaxSheetNameLength = 31;

    /// <summary>Returns why a sheet name is not allowed, or null when it is.</summary>
    public static string? WhySheetNameIsInvalid(string name)
    {
        if (name.Length == 0)
        {
            return "a sheet name cannot be empty";
        }

        if (name.Length > MaxSheetNameLength)
        {
            return $"a sheet name has at most {MaxSheetNameLength} characters; '{name}' has {name.Length}";
        }

        if (name.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) >= 0)
        {
            return $"a sheet name cannot contain : \\ / ? * [ or ] ('{name}')";
        }

        if (name.StartsWith('\'') || name.EndsWith('\''))
        {
            return $"a sheet name cannot start or end with an apostrophe ('{name}')";
        }

        return name.Equals("History", StringComparison.OrdinalIgnoreCase)
            ? "'History' is reserved by Excel"
            : null;
    }

    /// <summary>Returns why a table or defined name is not allowed, or null when it is.</summary>
    public static string? WhyNameIsInvalid(string name)
    {
        if (!NamePattern().IsMatch(name) || name.Length > 255)
        {
            return $"'{name}' is not a valid name: start with a letter or underscore, then letters, digits, '_' or '.' (at most 255)";
        }

        // A name that reads as a cell reference (A1 or R1C1) or a boolean would be ambiguous in formulas.
        if (CellAddress.TryParse(name, out _) || R1C1Pattern().IsMatch(name)
            || name.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || name.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
        {
            return $"'{name}' cannot be a name because it reads as a cell reference or a value";
        }

        return null;
    }

    [GeneratedRegex(@"^[A-Za-z_\\][A-Za-z0-9_.\\]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^([Rr][0-9]*|[Cc][0-9]*|[Rr][0-9]*[Cc][0-9]*)$")]
    private static partial Regex R1C1Pattern();
}
