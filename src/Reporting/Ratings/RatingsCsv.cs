using Reporting.Deals;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Ratings;

/// <summary>Loads <c>ratings.csv</c> (INPUTS.md): rating actions by entity, agency and term.</summary>
public static class RatingsCsv
{
    private static readonly string[] _columns = { "entity", "agency", "term", "rating", "watch", "effective_date" };

    public static RatingsHistory Read(TextReader text, string displayName, IReadOnlyList<Party> parties, InputErrors errors) =>
        Read(text, displayName, parties, RatingScaleFile.Shipped, errors);

    /// <param name="scales">The agencies and scales the deal names: the shipped ones and its own <c>rating_scales:</c>.</param>
    public static RatingsHistory Read(TextReader text, string displayName, IReadOnlyList<Party> parties, RatingScaleFile scales, InputErrors errors)
    {
        var actions = new List<RatingAction>();
        var seen = new Dictionary<(string, RatingScale, NodaTime.LocalDate), int>();
        CsvInput.Read(text, displayName, _columns, errors, row =>
        {
            var entity = EntityColumn.Read(row, "entity", parties);
            var agencyText = row.Text("agency");
            var agency = scales.Find(agencyText);
            if (agency is null)
                row.Error("agency", $"'{agencyText}' is not a rating agency (expected {scales.Expected})");
            var termText = row.Text("term");
            var term = RatingTerms.Find(termText);
            if (term is null) row.Error("term", $"'{termText}' is not a rating term (expected long or short)");
            var watchText = row.Text("watch");
            var watch = WatchStatuses.Find(watchText);
            if (watchText.Length == 0) row.Error("watch", $"a watch status is required (expected {string.Join(", ", WatchStatuses.Codes)})");
            else if (watch is null) row.Error("watch", $"'{watchText}' is not a watch status (expected {string.Join(", ", WatchStatuses.Codes)})");
            var symbol = row.Text("rating");
            CreditRating? rating = null;
            if (agency is not null && term is not null)
            {
                var scale = RatingScales.For(agency, term.Value);
                rating = CreditRating.TryCreate(scale, symbol, watch ?? WatchStatus.None);
                if (rating is null)
                    row.Error("rating", symbol.Length == 0
                        ? $"a rating is required ({scale.Description}, or WR/NR when withdrawn)"
                        : $"'{symbol}' is not {scale.Description}");
                else if (rating.IsWithdrawn && watch is not null and not WatchStatus.None)
                    row.Error("watch", $"a withdrawn rating ({rating.Symbol}) cannot be on {watch.Value.Code()} watch");
            }
            var date = row.Date("effective_date");
            if (row.HasErrors || rating is null) return;

            var key = (entity.ToUpperInvariant(), rating.Scale, date);
            if (seen.TryGetValue(key, out var earlier))
            {
                row.Error("effective_date", $"{entity} already has a {rating.Scale.Agency.Code} {rating.Scale.Term.Code()} rating effective {date:yyyy-MM-dd} (line {earlier})");
                return;
            }
            seen[key] = row.Line;
            actions.Add(new RatingAction(entity, rating, date, row.Line));
        });
        return new RatingsHistory(actions);
    }
}
