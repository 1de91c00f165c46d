using Reporting.Deals;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Ratings;

/// <summary>
/// Loads <c>ratings.csv</c> and <c>actions.csv</c> for a deal with ratings downgrade
/// provisions. Every error of both files is thrown together. Both files must exist: a missing one
/// is an error, not "no ratings" (a deal without any rating history says <c>ratings_file: none</c>).
/// </summary>
public static class RatingsDataLoader
{
    /// <summary>Loads the files from the deal's folder.</summary>
    public static RatingsData Load(DealTerms deal) => Load(deal, new InputFileReader(new InputFolder(deal.Folder), deal.InputFiles));

    /// <summary>Loads the files through <paramref name="files"/>, which reads each file once.</summary>
    public static RatingsData Load(DealTerms deal, InputFileReader files)
    {
        var terms = deal.RatingsDowngrade
            ?? throw new InputException(new Diagnostic(DealLoader.TermsFileName, 0, 0, null, "the deal has no ratings_downgrade section"));
        var errors = new InputErrors();
        var history = ReadRatings(deal, files, terms.RatingsFile, errors);
        var eventIds = terms.Events.Select(e => e.Id).ToArray();
        var eventNames = terms.Events.Select(e => e.Name).ToArray();
        var steps = files.Read(terms.ActionsFile, errors, (text, name, e) => ActionsCsv.Read(text, name, deal.Parties, eventIds, e, eventNames))
            ?? Array.Empty<RatingsStep>();
        errors.ThrowIfAny();
        return new RatingsData(terms, history, steps, deal.Interpretations);
    }

    internal static RatingsHistory ReadRatings(DealTerms deal, InputFileReader files, string? file, InputErrors errors)
    {
        if (file is null)
        {
            errors.Add(DealLoader.TermsFileName, 0, 0, "ratings_downgrade.ratings_file",
                "is none: the deal has no rating history, so ratings events and collateral cannot be evaluated");
            return RatingsHistory.Empty;
        }
        int before = errors.Count;
        var history = files.Read(file, errors, (text, name, e) => RatingsCsv.Read(text, name, deal.Parties, deal.RatingScales, e));
        if (history is null) return RatingsHistory.Empty;
        if (errors.Count == before && history.Actions.Count == 0)
            errors.Add(file, 0, 0, null, "has no rating rows (expected at least the ratings in force at the start; write ratings_file: none in deal.yaml if the deal has no rating history)");
        return history;
    }
}
