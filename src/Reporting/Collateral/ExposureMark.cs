using NodaTime;

namespace Reporting.Collateral;

/// <summary>A line of <c>exposures.csv</c>: one mark of the Secured Party's Exposure.</summary>
/// <param name="Source"><c>internal</c> (the Valuation Agent's own) or <c>external</c> (a bid obtained for verification).</param>
/// <param name="Provider">Who gave the mark; for an external mark, the verifier counted against the usage limit.</param>
public sealed record ExposureMark(LocalDate ValuationDate, string Source, string Provider, decimal Amount, int Line)
{
    public const string Internal = "internal";
    public const string External = "external";

    public static IReadOnlyList<string> Sources { get; } = new[] { Internal, External };

    public bool IsExternal => Source == External;

    /// <summary>The Transaction's DV01 on the date (the optional <c>dv01</c> column), for a per-agency add-on; null when not given.</summary>
    public decimal? Dv01 { get; init; }
}
