using System.Text;
using Reporting.Workbooks.Markup;

namespace Reporting.Workbooks.Writing;

/// <summary>Converts a formula as a template writes it into the form stored in the file.</summary>
internal static class FormulaText
{
    /// <summary>
    /// Functions added to Excel after 2007. The file must call them <c>_xlfn.NAME</c>; Excel shows
    /// <c>#NAME?</c> for the bare name, although its formula bar never shows the prefix.
    /// </summary>
    private static readonly HashSet<string> _futureFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "IFNA", "IFS", "SWITCH", "MAXIFS", "MINIFS", "CONCAT", "TEXTJOIN", "XLOOKUP", "XMATCH",
        "DAYS", "ISOWEEKNUM", "CEILING.MATH", "FLOOR.MATH", "STDEV.S", "STDEV.P", "VAR.S", "VAR.P",
        "NORM.DIST", "NORM.INV", "NORM.S.DIST", "NORM.S.INV", "PERCENTILE.INC", "PERCENTILE.EXC",
        "QUARTILE.INC", "QUARTILE.EXC", "RANK.EQ", "RANK.AVG", "MODE.SNGL", "NETWORKDAYS.INTL", "WORKDAY.INTL",
    };

    public const string FuturePrefix = "_xlfn.";

    public static string ForFile(string formula)
    {
        var builder = new StringBuilder(formula);
        foreach (var token in FormulaScanner.Scan(formula).Reverse())
        {
            if (token.Kind == FormulaTokenKind.Function && _futureFunctions.Contains(token.Text))
            {
                builder.Insert(token.Start, FuturePrefix);
            }
        }

        return builder.ToString();
    }
}
