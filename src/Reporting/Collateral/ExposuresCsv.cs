using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Collateral;

/// <summary>Loads <c>exposures.csv</c> (INPUTS.md): marks of the Secured Party's Exposure.</summary>
public static class ExposuresCsv
{
    private static readonly string[] _columns = { "valuation_date", "source", "provider", "amount" };

    public static IReadOnlyList<ExposureMark> Read(TextReader text, string displayName, InputErrors errors)
    {
        var marks = new List<ExposureMark>();
        var internalLine = new Dictionary<NodaTime.LocalDate, int>();
        var externalLine = new Dictionary<(NodaTime.LocalDate, string), int>();
        CsvInput.Read(text, displayName, _columns, errors, row =>
        {
            var date = row.Date("valuation_date");
            var source = row.Choice("source", ExposureMark.Sources);
            var provider = row.RequiredText("provider");
            var amount = row.Decimal("amount");
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
            marks.Add(new ExposureMark(date, source, provider, amount, row.Line));
        });
        return marks;
    }
}
