using NodaTime;

namespace Reporting.Ledger;

/// <summary>
/// A Transfer under the Credit Support Annex not made in full when due (1994 CSA Paragraph 7(i)):
/// the notice of failure, the end of the grace period and, where it applies, the Event of Default.
/// </summary>
/// <param name="Obligation"><c>delivery</c>, <c>return</c> or <c>interest</c>.</param>
/// <param name="Reference">The Valuation Date of the call, or the scheduled day of the Interest Amount.</param>
/// <param name="FailingParty">The party key that did not transfer.</param>
/// <param name="Amount">What was due.</param>
/// <param name="MissingAtDue">What had not arrived by the due date.</param>
/// <param name="NoticeDate">The day the notice of failure is given.</param>
/// <param name="GraceEnd">The last Local Business Day of grace after the notice.</param>
/// <param name="CuredOn">The day the amount arrived in full, if it did by the as-of date.</param>
/// <param name="ReceivedByNotice">The Value that had arrived by the notice's date.</param>
/// <param name="EventOfDefaultFrom">The first day of the Event of Default, when one followed (the day after the grace period).</param>
public sealed record FailureToTransfer(
    string Obligation,
    LocalDate Reference,
    string FailingParty,
    decimal Amount,
    decimal MissingAtDue,
    LocalDate DueDate,
    LocalDate NoticeDate,
    LocalDate GraceEnd,
    LocalDate? CuredOn,
    LocalDate? EventOfDefaultFrom,
    decimal ReceivedByNotice)
{
    /// <summary>True when an Event of Default of the failing party is continuing on <paramref name="date"/>.</summary>
    public bool DefaultContinuesOn(LocalDate date) =>
        EventOfDefaultFrom is LocalDate from && date >= from && (CuredOn is not LocalDate cured || date < cured);
}
