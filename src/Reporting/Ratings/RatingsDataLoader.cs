using Reporting.Deals;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Ratings;

/// <summary>
/// Loads <c>ratings.csv</c> and <c>actions.csv</c> for a deal with ratings downgrade
/// provisions. Every error of both files is thrown together; a missing file is an empty one.
/// </summary>
public static class RatingsDataLoader
{
    public static RatingsData Load(DealTerms deal)
    {
        var terms = deal.RatingsDowngrade
            ?? throw new InputException(new Diagnostic(DealLoader.TermsFileName, 0, 0, null, "the deal has no ratings_downgrade section"));
        var errors = new InputErrors();
        var history = ReadRatings(deal, terms.RatingsFile, errors);
        var actionsPath = deal.InputPath(terms.ActionsFile);
        var steps = File.Exists(actionsPath)
            ? ActionsCsv.Read(actionsPath, terms.ActionsFile, deal.Parties, terms.Events.Select(e => e.Id).ToArray(), errors)
            : Array.Empty<RatingsStep>();
        errors.ThrowIfAny();
        return new RatingsData(terms, history, steps, deal.Interpretations);
    }

    internal static RatingsHistory ReadRatings(DealTerms deal, string file, InputErrors errors)
    {
        var path = deal.InputPath(file);
        return File.Exists(path) ? RatingsCsv.Read(path, file, deal.Parties, errors) : RatingsHistory.Empty;
    }
}
