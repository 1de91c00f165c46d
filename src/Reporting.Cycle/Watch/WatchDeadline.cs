using NodaTime;

namespace Reporting.Cycle.Watch;

/// <summary>
/// One contractual deadline of a deal as known on the watch date: what is due, when, by whom and
/// how the contract counts its days. Typed facts only: the watch list's documents word them.
/// </summary>
/// <param name="Kind">What the deadline is, one of <see cref="DeadlineKinds"/>.</param>
/// <param name="Reference">
/// What it belongs to within the deal, stable from one watch date to the next (a ratings event and
/// the day it occurred, a cap period, a Valuation Date, a loan and its delinquency episode): with the
/// deal id and kind it names the deadline in a calendar.
/// </param>
/// <param name="Party">The party key (as the terms name it) that must act by the date; null when nobody acts.</param>
/// <param name="Amount">The amount due in USD, for a payment or transfer.</param>
/// <param name="Calendar">
/// The business days the contract counts to the date on, or rolls it on (<c>USNY</c>, a deal's own
/// calendar); null when it counts calendar days.
/// </param>
public sealed record WatchDeadline(
    string Kind,
    LocalDate Date,
    string Reference,
    string? Party,
    decimal? Amount,
    string? Calendar,
    DeadlineState State);
