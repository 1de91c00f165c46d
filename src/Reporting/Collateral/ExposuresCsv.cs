using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Collateral;

/// <summary>Loads <c>exposures.csv</c> (INPUTS.md): marks of the Secured Party's Exposure.</summary>
public static class ExposuresCsv
{
    private static readonly string[] _columns = { "valuation_date", "source", "provider", "amount" };

    // The Transaction's DV01 on an internal mark's date, when a per-agency add-on counts it.
    private static readonly string[] _optional = { "dv01" };

    public static IReadOnlyList<ExposureMark> Read(TextReader text, string displayName, InputErrors errors)
    {
        var marks = new List<ExposureMark>();
        var internalLine = new Dictionary<NodaTime.LocalDate, int>();
        var externalLine = new Dictionary<(NodaTime.LocalDate, string), int>();
        CsvInput.Read(text, displayName, _columns, _optional, errors, row =>
        {
            var date = row.Date("valuation_date");
            var source = row.Choice("source", ExposureMark.Sources);
            var provider = row.RequiredText("provider");
            var amount = row.Decimal("amount");
            var dv01 = row.Has("dv01") ? row.OptionalDecimal("dv01") : null;
            if (dv01 < 0) row.Error("dv01", "must not be negative");
            if (dv01 is not null && source != ExposureMark.Internal) row.Error("dv01", "only an internal mark carries the DV01");
            if (row.HasErrors) return;
            if (source == ExposureMark.Internal)
            {
                if (internalLine.TryGetValue(date, out var earlier))
                {
                    row.Error("valuation_date", $"{date:yyyy-MM-dd} already has an internal mark (line {earlier})");
                    return;
                }
                internalLine[date] = row.Line;
            }
            else
            {
                var key = (date, provider.ToUpperInvariant());
                if (externalLine.TryGetValue(key, out var earlier))
                {
                    row.Error("provider", $"{provider} already gave an external mark for {date:yyyy-MM-dd} (line {earlier})");
                    return;
                }
                externalLine[key] = row.Line;
            }
            marks.Add(new ExposureMark(date, source, provider, amount, row.Line) { Dv01 = dv01 });
        });
        return marks;
    }
}
