using NodaTime;

namespace Reporting.Cycle.Models;

/// <summary>
/// What the notice clause makes of one letter: how it identifies the agreement, the clauses it
/// cites, how it travels, every copy it requires and who signs it, with the exceptions the desk
/// must clear before sending (a copy with no address). Built by <see cref="Planning.NoticeEngine"/>.
/// </summary>
/// <param name="Agreement">The agreement the letter is given under; null when the deal has no <c>notices:</c> terms.</param>
/// <param name="NoticeClause">The notice clause, e.g. "Part III, paragraph 6(a)", for the internal memo.</param>
/// <param name="Delivery">Delivery method codes (<c>facsimile</c>, <c>courier</c>, ...), worded by the templates.</param>
public sealed record NoticeModel(
    AgreementModel? Agreement,
    string? NoticeClause,
    IReadOnlyList<string> Delivery,
    IReadOnlyList<CopyModel> Copies,
    ClausesModel Clauses,
    SignatureModel Signature,
    IReadOnlyList<NoticeExceptionModel> Exceptions);

/// <summary>The agreement a letter is given under: its kind (<c>confirmation</c>), date, trade date and reference.</summary>
public sealed record AgreementModel(string Kind, LocalDate Date, LocalDate? TradeDate, string? Reference);

/// <summary>
/// A copy of the letter: to a further address the notice clause requires for the addressee
/// (<c>required</c>), or to a Rating Agency (<c>rating-agency</c>). <see cref="Address"/> is null when the deal has none.
/// </summary>
public sealed record CopyModel(string Kind, string? Party, ContactModel? Address);

/// <summary>The clauses this letter cites, as the agreement numbers them; null when the terms give none.</summary>
/// <param name="Event">The subparagraph of the ratings event the letter concerns.</param>
public sealed record ClausesModel(
    string? RatingsDowngrade,
    string? Event,
    string? CollateralDemand,
    string? AdditionalTerminationEvent,
    IReadOnlyList<string> TerminationSections,
    string? DeliveryAmount,
    string? ReturnAmount)
{
    /// <summary>Where the annex provides for notice of a failure to transfer.</summary>
    public string? FailureToTransfer { get; init; }

    /// <summary>The master agreement's section through which an unremedied failure to transfer is an Event of Default.</summary>
    public string? FailureToTransferDefault { get; init; }
}

/// <summary>The sending party's signature block: the party, its capacity, and who signs (blank lines when not named).</summary>
public sealed record SignatureModel(string Party, string? Capacity, string? Name, string? Title);

/// <summary>
/// Something that keeps a letter from going out as the notice clause requires: <c>no-notice-address</c>
/// (a party or Rating Agency with no notice address), <c>no-notice-terms</c> (the deal has no <c>notices:</c> section).
/// </summary>
public sealed record NoticeExceptionModel(string Kind, string? Party);

/// <summary>
/// The model of <c>documents/notice-memo.sbn</c>: the desk's internal working memo filed beside a
/// letter, holding what the letter must not (readings, input exceptions, how it travels and to whom).
/// </summary>
public sealed record NoticeMemoModel(
    DocumentHeader Document,
    DealModel Deal,
    LetterModel Letter,
    PartyModel Sender,
    PartyModel Addressee,
    NoticeModel Notice,
    IReadOnlyList<ValuationExceptionModel> Findings,
    IReadOnlyList<InterpretationModel> Interpretations);

/// <summary>The letter a memo is filed beside.</summary>
public sealed record LetterModel(string Kind, string Title, string Reference, LocalDate Date);
