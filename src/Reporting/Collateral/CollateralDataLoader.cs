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
    /// <summary>Loads the files from the deal's folder.</summary>
    public static CollateralData Load(DealTerms deal) => Load(deal, new InputFileReader(new InputFolder(deal.Folder), deal.InputFiles));

    /// <summary>Loads the files through <paramref name="files"/>, which reads each file once.</summary>
    public static CollateralData Load(DealTerms deal, InputFileReader files)
    {
        var terms = deal.CreditSupportAnnex
            ?? throw new InputException(new Diagnostic(DealLoader.TermsFileName, 0, 0, null, "the deal has no credit_support_annex section"));
        var cap = deal.Cap
            ?? throw new InputException(new Diagnostic(DealLoader.TermsFileName, 0, 0, null, "the credit support annex needs the cap section (Notional Amounts, original maturity)"));

        var errors = new InputErrors();
        var schedule = files.Read(cap.ScheduleFile, errors, ScheduleCsv.Read) ?? Array.Empty<ScheduleLine>();
        var periods = errors.Any ? null : CalculationPeriodLookup.Build(cap.WithSchedule(schedule), schedule, cap.ScheduleFile, errors);

        var ratingsFile = deal.RatingsDowngrade is { } provisions ? provisions.RatingsFile : "ratings.csv";
        var ratings = RatingsDataLoader.ReadRatings(deal, files, ratingsFile, errors);
        var marks = files.Read(terms.ExposuresFile, errors, ExposuresCsv.Read) ?? Array.Empty<ExposureMark>();
        var holdings = files.Read(terms.CollateralFile, errors, CollateralCsv.Read) ?? Array.Empty<PostedHolding>();
        errors.ThrowIfAny();

        return new CollateralData(terms, cap.EffectiveDate, cap.TerminationDate, periods!, ratings, marks, holdings, deal.Interpretations);
    }
}
