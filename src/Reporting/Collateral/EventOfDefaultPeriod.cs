using NodaTime;

namespace Reporting.Collateral;

/// <summary>
/// A time during which an Event of Default with respect to a party is continuing (Paragraph
/// 13(b)(iv)(B): the Pledgor's Threshold is then zero).
/// </summary>
/// <param name="From">The first day of the Event of Default.</param>
/// <param name="Until">The day it ended (exclusive), or null while it continues.</param>
/// <param name="Obligation">The transfer whose failure brought it about: <c>delivery</c>, <c>return</c> or <c>interest</c>.</param>
/// <param name="Reference">The Valuation Date of the call, or the scheduled day of the Interest Amount.</param>
public sealed record EventOfDefaultPeriod(string Party, LocalDate From, LocalDate? Until, string Obligation, LocalDate Reference)
{
    public bool ContinuesOn(LocalDate date) => date >= From && (Until is not LocalDate until || date < until);
}
