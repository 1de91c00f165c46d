using Reporting.Cap;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.Ratings;
using Reporting.RunFormat;

namespace Reporting.Collateral;

/// <summary>
/// Loads what the collateral engine needs from a deal folder. Every error of every file is
/// collected and thrown together; every file the terms name must exist.
/// </summary>
public static class CollateralDataLoader
{
    public static CollateralData Load(DealTerms deal)
    {
        var terms = deal.CreditSupportAnnex
            ?? throw new InputException(new Diagnostic(DealLoader.TermsFileName, 0, 0, null, "the deal has no credit_support_annex section"));
        var cap = deal.Cap
            ?? throw new InputException(new Diagnostic(DealLoader.TermsFileName, 0, 0, null, "the credit support annex needs the cap section (Notional Amounts, original maturity)"));

        var errors = new InputErrors();
        var schedulePath = DealInputFiles.Require(deal, cap.ScheduleFile, "cap.schedule_file", errors);
        IReadOnlyList<ScheduleLine> schedule = Array.Empty<ScheduleLine>();
        if (schedulePath is not null) schedule = ScheduleCsv.Read(schedulePath, cap.ScheduleFile, errors);
        var periods = errors.Any ? null : CalculationPeriodLookup.Build(cap, schedule, cap.ScheduleFile, errors);

        var ratingsFile = deal.RatingsDowngrade is { } provisions ? provisions.RatingsFile : "ratings.csv";
        var ratings = RatingsDataLoader.ReadRatings(deal, ratingsFile, errors);
        var marks = Read(deal, terms.ExposuresFile, "credit_support_annex.exposures_file", errors, ExposuresCsv.Read, Array.Empty<ExposureMark>());
        var holdings = Read(deal, terms.CollateralFile, "credit_support_annex.collateral_file", errors, CollateralCsv.Read, Array.Empty<PostedHolding>());
        errors.ThrowIfAny();

        return new CollateralData(terms, cap.EffectiveDate, cap.TerminationDate, periods!, ratings, marks, holdings, deal.Interpretations);
    }

    private static IReadOnlyList<T> Read<T>(DealTerms deal, string file, string key, InputErrors errors,
        Func<string, string, InputErrors, IReadOnlyList<T>> read, IReadOnlyList<T> empty)
    {
        var path = DealInputFiles.Require(deal, file, key, errors);
        return path is not null ? read(path, file, errors) : empty;
    }
}
