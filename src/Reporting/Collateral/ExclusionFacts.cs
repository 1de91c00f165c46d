using NodaTime;

namespace Reporting.Collateral;

/// <summary>
/// Why value was not counted, as facts documents word: the rule and the figures that applied it.
/// Only the fields of its <see cref="Kind"/> are set.
/// </summary>
/// <param name="Kind"><c>not-eligible-type</c>, <c>excluded-issuer</c>, <c>matured</c>, <c>beyond-longest-band</c>,
/// <c>issuer-limit</c> or <c>total-limit</c>.</param>
/// <param name="MaturityDate">For <c>matured</c>: the maturity date.</param>
/// <param name="RemainingDays">For <c>beyond-longest-band</c>: the remaining maturity in days.</param>
/// <param name="LongestBand">For <c>beyond-longest-band</c>: the longest band of the type.</param>
/// <param name="LimitPercent">For a limit: the percentage the limit allows.</param>
/// <param name="Counted">For a limit: the Value the limit is applied to (the issuer's, or the type's).</param>
/// <param name="Base">For a limit: the Value the percentage is of (all of the type, or the other collateral).</param>
/// <param name="Cap">For a limit: the most that counts.</param>
public sealed record ExclusionFacts(
    string Kind,
    LocalDate? MaturityDate = null,
    int? RemainingDays = null,
    MaturityBucket? LongestBand = null,
    decimal? LimitPercent = null,
    decimal? Counted = null,
    decimal? Base = null,
    decimal? Cap = null);
