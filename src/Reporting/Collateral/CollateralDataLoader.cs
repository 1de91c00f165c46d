using Reporting.Cap;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.Ratings;

namespace Reporting.Collateral;

/// <summary>
/// Loads what the collateral engine needs from a deal folder. Every error of every file is
/// collected and thrown together; a time series file that does not exist is empty.
/// </summary>
public static class CollateralDataLoader
{
    public static CollateralData Load(DealTerms deal)
    {
        var terms = deal.CreditSupportAnnex
            ?? throw new InputException(new InputError(DealLoader.TermsFileName, 0, 0, null, "the deal has no credit_support_annex section"));
        var cap = deal.Cap
            ?? throw new InputException(new InputError(DealLoader.TermsFileName, 0, 0, null, "the credit support annex needs the cap section (Notional Amounts, original maturity)"));

        var errors = new InputErrors();
        var schedulePath = deal.InputPath(cap.ScheduleFile);
        IReadOnlyList<ScheduleLine> schedule = Array.Empty<ScheduleLine>();
        if (File.Exists(schedulePath)) schedule = ScheduleCsv.Read(schedulePath, cap.ScheduleFile, errors);
        else errors.Add(cap.ScheduleFile, 0, 0, null, "Schedule I is required for the Volatility Buffer (file not found)");
        var periods = errors.Any ? null : CalculationPeriodLookup.Build(cap.WithSchedule(schedule), schedule, cap.ScheduleFile, errors);

        var ratingsFile = deal.RatingsDowngrade?.RatingsFile ?? "ratings.csv";
        var ratings = RatingsDataLoader.ReadRatings(deal, ratingsFile, errors);
        var marks = ReadOptional(deal, terms.ExposuresFile, errors, ExposuresCsv.Read, Array.Empty<ExposureMark>());
        var holdings = ReadOptional(deal, terms.CollateralFile, errors, CollateralCsv.Read, Array.Empty<PostedHolding>());
        errors.ThrowIfAny();

        return new CollateralData(terms, cap.EffectiveDate, cap.TerminationDate, periods!, ratings, marks, holdings, deal.Interpretations);
    }

    private static IReadOnlyList<T> ReadOptional<T>(DealTerms deal, string file, InputErrors errors,
        Func<string, string, InputErrors, IReadOnlyList<T>> read, IReadOnlyList<T> empty)
    {
        var path = deal.InputPath(file);
        return File.Exists(path) ? read(path, file, errors) : empty;
    }
}
