using NodaTime;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.Ratings;
using Reporting.Testing;

namespace Reporting.Tests.Ratings;

/// <summary>
/// Builds ratings histories and action logs from short lines of text for hand-worked tests,
/// against the terms of the real base deal (deals/gmacm-2006-he3/deal.yaml).
/// </summary>
internal static class RatingsFixture
{
    private static readonly Lazy<DealTerms> _baseDeal = new(() => DealLoader.LoadTerms(Path.Combine(RepoRoot(), "deals", "gmacm-2006-he3")));

    public static DealTerms BaseDeal => _baseDeal.Value;

    public static RatingsDowngradeTerms Terms => BaseDeal.RatingsDowngrade!;

    public static string RepoRoot() => Repo.Root;

    public static LocalDate D(string iso) => ValueParsers.TryParseDate(iso, out var d) ? d : throw new ArgumentException(iso);

    /// <summary>"2007-05-22 Moodys long A1 negative" → a JPMC rating action.</summary>
    public static RatingAction Rating(string line)
    {
        var p = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var scale = RatingScales.For(RatingAgency.Find(p[1])!, RatingTerms.Find(p[2])!.Value);
        var watch = p.Length > 4 ? WatchStatuses.Find(p[4])!.Value : WatchStatus.None;
        return new RatingAction("JPMC", CreditRating.TryCreate(scale, p[3], watch)!, D(p[0]), 0);
    }

    /// <summary>A healthy JPMC from 2006-10-02: S&amp;P AA-/A-1+, Moody's Aa2/P-1, then the given changes.</summary>
    public static RatingsHistory History(params string[] changes) =>
        new(new[]
        {
            "2006-10-02 S&P long AA-", "2006-10-02 S&P short A-1+", "2006-10-02 Moodys long Aa2", "2006-10-02 Moodys short P-1",
        }.Concat(changes).Select(Rating));

    /// <summary>"2007-05-30 notice Ratings Event I" → a JPMC step.</summary>
    public static RatingsStep Step(string line)
    {
        var p = line.Split(' ', 3);
        var reference = p.Length > 2 ? p[2] : "";
        return new RatingsStep(D(p[0]), "JPMC", p[1], reference, EventReference.Parse(reference, new[] { "I", "II" }), 0);
    }

    public static RatingsReport Evaluate(RatingsHistory history, string asOf, params string[] steps) =>
        RatingsEngine.Evaluate(Terms, history, steps.Select(Step).ToArray(), BaseDeal.Interpretations, D(asOf));

    public static RatingsReport Evaluate(RatingsHistory history, string asOf, Interpretations interpretations, params string[] steps) =>
        RatingsEngine.Evaluate(Terms, history, steps.Select(Step).ToArray(), interpretations, D(asOf));
}
