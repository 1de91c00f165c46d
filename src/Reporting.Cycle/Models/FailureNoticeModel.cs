using NodaTime;

namespace Reporting.Cycle.Models;

/// <summary>
/// The model of <c>documents/failure-to-transfer-notice.sbn</c>: notice to a party that a Transfer
/// under the Credit Support Annex was not made in full when due. The clauses it cites are the
/// deal's (<c>notices.clauses.failure_to_transfer</c> and <c>failure_to_transfer_default</c>).
/// </summary>
/// <param name="Obligation"><c>delivery</c>, <c>return</c> or <c>interest</c>.</param>
/// <param name="Reference">The Valuation Date of the call, or the scheduled day of the Interest Amount.</param>
/// <param name="Received">Value received by the notice's date.</param>
/// <param name="Missing">What is still missing on the notice's date.</param>
/// <param name="EventOfDefault">True when the Agreement lets an unremedied failure become an Event of Default.</param>
public sealed record FailureNoticeModel(
    DocumentHeader Document,
    DealModel Deal,
    PartyModel Sender,
    PartyModel Addressee,
    NoticeModel Notice,
    string Obligation,
    LocalDate Reference,
    decimal Amount,
    decimal Received,
    decimal Missing,
    LocalDate DueDate,
    LocalDate GraceEnd,
    int GraceBusinessDays,
    bool EventOfDefault);
