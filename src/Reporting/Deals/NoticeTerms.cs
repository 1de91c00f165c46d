using NodaTime;

namespace Reporting.Deals;

/// <summary>
/// The notice clause of the deal's agreement, as data: how letters identify the agreement, the
/// clauses each letter cites, how each kind of letter is delivered and which letters are copied
/// to the Rating Agencies. Where each notice goes (address, required copies) is the parties'
/// <c>notices</c> and <c>copies_to</c>. Clause numbers live here, never in code or templates,
/// because the next confirmation numbers its parts differently.
/// </summary>
/// <param name="NoticeClause">The notice clause itself, e.g. "Part III, paragraph 6(a)".</param>
/// <param name="Delivery">How each kind of letter is delivered; the first rule naming a kind wins.</param>
/// <param name="CopyRatingAgencies">The output kinds copied to the Rating Agencies.</param>
public sealed record NoticeTerms(
    string NoticeClause,
    AgreementIdentity Agreement,
    IReadOnlyList<DeliveryRule> Delivery,
    IReadOnlyList<string> CopyRatingAgencies,
    NoticeClauses Clauses)
{
    /// <summary>The delivery methods for an output kind; empty when no rule names it.</summary>
    public IReadOnlyList<string> DeliveryFor(string kind) =>
        Delivery.FirstOrDefault(r => r.Documents.Contains(kind))?.Methods ?? [];
}

/// <summary>How a letter identifies the agreement it is given under.</summary>
/// <param name="Kind">What the agreement is: <c>confirmation</c> (a confirmation supplementing an ISDA form) or <c>master-agreement</c>.</param>
/// <param name="Reference">The agreement's reference number, when it has one.</param>
public sealed record AgreementIdentity(string Kind, LocalDate Date, LocalDate? TradeDate, string? Reference);

/// <summary>One delivery rule: these kinds of letter go by these methods (<see cref="NoticeTermsLoader.Methods"/>).</summary>
public sealed record DeliveryRule(IReadOnlyList<string> Documents, IReadOnlyList<string> Methods);

/// <summary>The clauses letters cite, as the agreement numbers them.</summary>
/// <param name="RatingsDowngrade">The ratings downgrade provisions as a whole, e.g. "Part III(2)(i)".</param>
/// <param name="RatingsEvents">Each ratings event's own subparagraph, by event id.</param>
/// <param name="CollateralDemand">Where the beneficiary's demand for Eligible Collateral is required.</param>
/// <param name="AdditionalTerminationEvent">The clause making a failure an Additional Termination Event, e.g. "Part III(2)(h)".</param>
/// <param name="TerminationSections">The sections of the master agreement a termination notice is given under, e.g. "Section 5(b)(v)", "Section 6(b)".</param>
/// <param name="DeliveryAmount">The Credit Support Annex's paragraph on the Delivery Amount.</param>
/// <param name="ReturnAmount">The Credit Support Annex's paragraph on the Return Amount.</param>
public sealed record NoticeClauses(
    string? RatingsDowngrade,
    IReadOnlyDictionary<string, string> RatingsEvents,
    string? CollateralDemand,
    string? AdditionalTerminationEvent,
    IReadOnlyList<string> TerminationSections,
    string? DeliveryAmount,
    string? ReturnAmount)
{
    /// <summary>Where the Credit Support Annex provides for notice of a failure to transfer, e.g. "Paragraph 7(i) of the Credit Support Annex".</summary>
    public string? FailureToTransfer { get; init; }

    /// <summary>The master agreement's section through which an unremedied failure to transfer is an Event of Default, e.g. "Section 5(a)(iii)".</summary>
    public string? FailureToTransferDefault { get; init; }
}
