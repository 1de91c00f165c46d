using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Cap;

/// <summary>Loads <c>schedule.csv</c> (INPUTS.md): Schedule I of a cap confirmation.</summary>
public static class ScheduleCsv
{
    private static readonly string[] Columns = { "period_start", "period_end", "notional", "strike_percent" };

    /// <summary>A per-period Ceiling Rate, for corridors whose Schedule I sets one for each period.</summary>
    public const string CeilingColumn = "ceiling_percent";

    private static readonly string[] OptionalColumns = { CeilingColumn };

    public static IReadOnlyList<ScheduleLine> Read(TextReader text, string displayName, InputErrors errors)
    {
        var lines = new List<ScheduleLine>();
        bool previousRowRead = true;
        CsvInput.Read(text, displayName, Columns, OptionalColumns, errors, row =>
        {
            bool continuityCheckable = previousRowRead;
            previousRowRead = false;
            var start = row.Date("period_start");
            var end = row.Date("period_end");
            var notional = row.NonNegativeDecimal("notional");
            var strike = row.NonNegativeDecimal("strike_percent");
            if (strike > 100m) row.Error("strike_percent", $"'{row.Text("strike_percent")}' is not a rate in percent (expected 0 to 100)");
            var ceiling = row.OptionalDecimal(CeilingColumn);
            if (row.Has(CeilingColumn) && ceiling is null && !row.HasErrors)
                row.Error(CeilingColumn, "a Ceiling Rate is required on every line once the schedule has the column");
            else if (ceiling is { } c && !row.HasErrors && (c <= strike || c > 100m))
                row.Error(CeilingColumn, $"'{row.Text(CeilingColumn)}' is not a Ceiling Rate for this period (expected a rate in percent above the strike {strike} and at most 100)");
            if (row.HasErrors) return;
            if (end <= start)
            {
                row.Error("period_end", $"{end:yyyy-MM-dd} is not after the period start {start:yyyy-MM-dd}");
                return;
            }
            if (continuityCheckable && lines.Count > 0 && lines[^1].PeriodEnd != start)
            {
                row.Error("period_start", $"{start:yyyy-MM-dd} does not follow on from the previous line's period end {lines[^1].PeriodEnd:yyyy-MM-dd}");
            }
            lines.Add(new ScheduleLine(start, end, notional, strike, row.Line, ceiling));
            previousRowRead = true;
        });
        if (lines.Count == 0 && !errors.Any) errors.Add(displayName, 0, 0, null, "Schedule I has no lines");
        return lines;
    }
}
