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
    IReadOnlyList<NoticeExceptionModel> NoticeExceptions,
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

/// <param name="Beneficiary">The party owed the remedies, as the contract names it (its short name).</param>
public sealed record RatingsSection(
    string Provider,
    string Beneficiary,
    LocalDate AsOf,
    IReadOnlyList<CurrentRatingModel> Current,
    IReadOnlyList<RatingsEventModel> Events,
    IReadOnlyList<DeadlineModel> OpenDeadlines);

public sealed record CurrentRatingModel(string Agency, string Term, string Rating, string Watch, LocalDate EffectiveDate);

/// <summary>An occurrence of a ratings event as the statement's table shows it; the template words the detail.</summary>
/// <param name="Status"><c>pending</c>, <c>remedied</c>, <c>cured</c> or <c>breached</c>.</param>
/// <param name="Remedy">The remedy counted (a remedy code), or null.</param>
/// <param name="BreachReason">The engine's account of the missed deadlines; null unless breached.</param>
public sealed record RatingsEventModel(
    string Event,
    LocalDate Occurred,
    LocalDate? NoticeDue,
    LocalDate? RemedyDue,
    LocalDate? CollateralDemandDue,
    string Status,
    IReadOnlyList<TriggerModel> Triggers,
    LocalDate? NoticeGivenOn,
    bool NoticeLate,
    string? Remedy,
    LocalDate? RemedyTakenOn,
    LocalDate? EndedOn,
    string? BreachReason);

/// <summary>A deadline still open on the statement's date.</summary>
/// <param name="Kind"><c>notice</c>, <c>remedy</c> or <c>collateral-demand</c>.</param>
/// <param name="EventName">The event's full name as the deal's terms give it.</param>
/// <param name="Remedies">For <c>remedy</c>: the remedy codes that would cure the event.</param>
public sealed record DeadlineModel(LocalDate Date, string Kind, string Event, string EventName, LocalDate Occurred, IReadOnlyList<string> Remedies);

public sealed record CollateralSection(IReadOnlyList<ValuationSummaryModel> Valuations);

public sealed record ValuationSummaryModel(
    LocalDate ValuationDate,
    decimal? Threshold,
    decimal? Exposure,
    decimal? CreditSupportAmount,
    decimal PostedValue,
    decimal? DeliveryAmount,
    decimal? ReturnAmount);

/// <param name="SeveralPurchasers">True when the deal names several holders of the option: the purchases then say who bought.</param>
public sealed record LoansSection(LocalDate AsOf, LocalDate? TapeDate, IReadOnlyList<StatusCountModel> Counts, IReadOnlyList<PurchaseModel> Purchases,
    bool SeveralPurchasers = false);

public sealed record StatusCountModel(string Status, int Count);

/// <param name="Purchaser">The name of the party that bought the loan.</param>
public sealed record PurchaseModel(string LoanId, LocalDate PurchaseDate, decimal Price, string Check, string? Purchaser = null);
