using NodaTime;

namespace Reporting.Cycle.Models;

/// <summary>The model of <c>documents/trustee-statement.sbn</c>. A section is null when the deal has no such contract.</summary>
public sealed record TrusteeStatementModel(
    DocumentHeader Document,
    DealModel Deal,
    PartyModel Trustee,
    StatementPeriod Statement,
    StatementSections Sections,
    CapSection? Cap,
    RatingsSection? Ratings,
    CollateralSection? Collateral,
    LoansSection? Loans,
    IReadOnlyList<string> Exceptions,
    IReadOnlyList<InterpretationModel> Interpretations);

public sealed record StatementPeriod(LocalDate PeriodStart, LocalDate PeriodEnd);

/// <summary>Section numbers, so headings stay numbered 1, 2, 3 whichever sections a deal has.</summary>
public sealed record StatementSections(int? Ratings, int? Collateral, int? Loans, int Exceptions)
{
    public static StatementSections For(bool cap, bool ratings, bool collateral, bool loans)
    {
        int next = cap ? 2 : 1;
        int? Take(bool present) => present ? next++ : null;
        var r = Take(ratings);
        var c = Take(collateral);
        var l = Take(loans);
        return new StatementSections(r, c, l, next);
    }
}

/// <summary>The cap part of a statement: the period paid this month and every payment so far.</summary>
public sealed record CapSection(string Payer, string RateName, string DayCount, CapPeriodModel? Current, IReadOnlyList<CapPeriodModel> ToDate, decimal TotalToDate);

public sealed record RatingsSection(
    string Provider,
    LocalDate AsOf,
    IReadOnlyList<CurrentRatingModel> Current,
    IReadOnlyList<RatingsEventModel> Events,
    IReadOnlyList<DeadlineModel> OpenDeadlines);

public sealed record CurrentRatingModel(string Agency, string Term, string Rating, string Watch, LocalDate EffectiveDate);

public sealed record RatingsEventModel(
    string Event,
    LocalDate Occurred,
    LocalDate? NoticeDue,
    LocalDate? RemedyDue,
    LocalDate? CollateralDemandDue,
    string Status,
    string Detail);

public sealed record DeadlineModel(LocalDate Date, string What);

public sealed record CollateralSection(IReadOnlyList<ValuationSummaryModel> Valuations);

public sealed record ValuationSummaryModel(
    LocalDate ValuationDate,
    decimal? Threshold,
    decimal? Exposure,
    decimal? CreditSupportAmount,
    decimal PostedValue,
    decimal? DeliveryAmount,
    decimal? ReturnAmount);

public sealed record LoansSection(LocalDate AsOf, LocalDate? TapeDate, IReadOnlyList<StatusCountModel> Counts, IReadOnlyList<PurchaseModel> Purchases);

public sealed record StatusCountModel(string Status, int Count);

public sealed record PurchaseModel(string LoanId, LocalDate PurchaseDate, decimal Price, string Check);
