using NodaTime;

namespace Reporting.Cycle.Watch;

/// <summary>A book watched on a date: each deal that loaded, and each that did not with its errors.</summary>
/// <param name="BusinessDays">The window: this many business days after the watch date, on each deal's own calendar.</param>
public sealed record BookWatchList(LocalDate AsOf, int BusinessDays, IReadOnlyList<DealWatch> Deals, IReadOnlyList<WatchFailure> Failures);

/// <summary>A deal of the book that could not be watched: <c>bad-input</c>, <c>io-error</c> or <c>internal-error</c>, with every message.</summary>
public sealed record WatchFailure(string DealFolder, string Failure, IReadOnlyList<string> Errors);
