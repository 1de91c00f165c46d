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
    IReadOnlyList<object> Exceptions,
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
/// <param name="Breaches">The missed deadlines, earliest first; empty unless breached.</param>
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
    IReadOnlyList<BreachModel> Breaches);

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
    decimal? ReturnAmount)
{
    /// <summary>Each agency's Credit Support Amount and Posted Value; null (absent from results.json) for the single-amount annex.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AgencyAmountModel>? Agencies { get; init; }

    /// <summary>The printed name of the agency whose amount governs; null when single or unknown.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? GoverningAgency { get; init; }
}

/// <param name="Purchasers">The holders of the option when the deal names several (the purchases then say who bought); empty otherwise.</param>
public sealed record LoansSection(LocalDate AsOf, LocalDate? TapeDate, IReadOnlyList<StatusCountModel> Counts, IReadOnlyList<LoanRowModel> Purchases,
    IReadOnlyList<PurchaserModel> Purchasers)
{
    public bool SeveralPurchasers => Purchasers.Count > 1;
}

public sealed record StatusCountModel(string Status, int Count);

