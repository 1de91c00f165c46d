using Reporting.Ratings;

namespace Reporting.Collateral;

/// <summary>A row of the Factor table: the ratings that put the Pledgor in it and its percent per maturity column.</summary>
public sealed record FactorRow(string Name, IReadOnlyList<TriggerClause> WhenAny, IReadOnlyList<decimal> Percents);
