using Reporting.Inputs;

namespace Reporting.Ratings;

/// <summary>
/// Reads trigger clauses from the terms file: <c>{agency: Moodys, term: long, below: A1}</c>,
/// <c>{agency: Moodys, term: long, at_or_below: A1, on_watch_negative: true}</c>, with an
/// optional <c>clause: a</c> label, and the conditions of conditional clauses:
/// <c>if_no_rating_for: short</c> ("if it has no short-term rating") and <c>only_if_rated: true</c>
/// ("if it has a rating of this term"). Used by the ratings events, the Threshold, the Factor rows
/// and the external-mark rule alike.
/// </summary>
public static class TriggerClauseReader
{
    public static IReadOnlyList<TriggerClause> ReadList(TermsNode parent, string key, bool required = true)
    {
        bool present = parent.Has(key);
        var items = parent.SectionList(key);
        if (required && !present) parent.Error(key, "required key is missing (expected a list of trigger clauses)");
        else if (required && items.Count == 0) parent.Error(key, "expected at least one trigger clause");
        return items.Select(Read).Where(c => c is not null).Select(c => c!).ToArray();
    }

    public static TriggerClause? Read(TermsNode node)
    {
        var label = node.OptionalString("clause");
        var agencyText = node.RequiredString("agency");
        var agency = node.RatingScales.Find(agencyText);
        if (agency is null && agencyText.Length > 0)
            node.Error("agency", $"'{agencyText}' is not a rating agency (expected {node.RatingScales.Expected})");
        var term = node.RequiredChoice("term", RatingTerms.Codes);
        var below = node.OptionalString("below");
        var atOrBelow = node.OptionalString("at_or_below");
        var onWatch = node.OptionalBool("on_watch_negative", false);
        var ifNoRatingText = node.OptionalChoice("if_no_rating_for", RatingTerms.Codes);
        var onlyIfRated = node.OptionalBool("only_if_rated", false);
        node.RejectUnknownKeys();
        var ifNoRatingFor = ifNoRatingText is null ? (RatingTerm?)null : RatingTerms.Find(ifNoRatingText);
        if (ifNoRatingText is not null && ifNoRatingText == term)
            node.Error("if_no_rating_for", $"a clause on the {term}-term rating cannot depend on having no {term}-term rating (expected the other term)");

        if ((below is null) == (atOrBelow is null))
        {
            node.Error(below is null ? "below" : "at_or_below", "give exactly one of below or at_or_below");
            return null;
        }
        if (agency is null) return null;
        var scale = RatingScales.For(agency, RatingTerms.Find(term)!.Value);
        var level = below ?? atOrBelow!;
        var key = below is null ? "at_or_below" : "below";
        var rank = scale.RankOf(level);
        if (rank is null)
        {
            node.Error(key, $"'{level}' is not {scale.Description}");
            return null;
        }
        return new TriggerClause(label, scale,
            below is null ? TriggerComparison.AtOrBelow : TriggerComparison.Below, level, rank.Value, onWatch,
            ifNoRatingFor, onlyIfRated);
    }
}
