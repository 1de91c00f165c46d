using Reporting.Collateral;
using Reporting.Ratings;
using static Reporting.Formatting.InvariantFormat;

namespace Reporting.Cli.Commands;

/// <summary>
/// The engines' facts in the terminal's words, for the `ratings` and `collateral` commands (their
/// text and JSON). Engines return only facts; documents word them in their templates. These
/// lines keep the terms' codes (remedy codes, collateral types): they are for the desk at a terminal.
/// </summary>
internal static class TerminalWords
{
    /// <summary>The missed deadlines of a breached ratings event; null when none was missed.</summary>
    public static string? BreachReason(RatingsEventOccurrence e) =>
        e.Breaches.Count == 0 ? null : string.Join("; ", e.Breaches.Select(Breach));

    private static string Breach(RatingsBreach b) => b.Kind switch
    {
        RatingsBreachKind.NoNotice => $"no notice by {Iso(b.Deadline)}",
        RatingsBreachKind.LateNotice => $"notice given late on {Iso(b.LateStep!.Value)} (due by {Iso(b.Deadline)})",
        RatingsBreachKind.NoRemedy => (b.RestrictedClauses.Count > 0
            ? $"event of type ({string.Join(", ", b.RestrictedClauses)}): no {string.Join(" or ", b.AllowedRemedies)} by {Iso(b.Deadline)}"
            : $"no remedy by {Iso(b.Deadline)}") + Shortfall(b.Shortfall),
        _ => $"no remedy in time and no Eligible Collateral delivered by {Iso(b.Deadline)} after the demand due {Iso(b.DemandDue!.Value)}",
    };

    private static string Shortfall(RemedyShortfall? s) => s?.Kind switch
    {
        null => "",
        RemedyShortfallKind.LacksConfirmation => $" ({s.Action} on {Iso(s.StepOn)} lacks a rating-agency-confirmation)",
        RemedyShortfallKind.TooLate => $" ({s.Action} only on {Iso(s.StepOn)}{(s.ConfirmedOn is { } c ? $", Rating Agency Condition on {Iso(c)}" : "")})",
        _ => $" ({s.Action} on {Iso(s.StepOn)} does not cure it)",
    };

    public static string ThresholdReason(ThresholdResult t) => t.Kind switch
    {
        "event-of-default" => $"USD {Money(t.Amount ?? 0m)}: an Event of Default with respect to {t.DefaultingParty} is continuing (since {Iso(t.DefaultSince!.Value)})",
        "no-credit-rating" => $"USD {Money(t.Amount ?? 0m)}: no Credit Rating in force",
        "conditions-hold" => $"USD {Money(t.Amount ?? 0m)}: {string.Join("; ", t.Holding.Select(c => c.Describe()))}",
        _ => $"infinite: no Threshold condition holds ({string.Join(", ", t.InForce.Select(r => r.ToString()))})",
    };

    public static string ExposureReason(ExposureResult x) => x.Kind switch
    {
        "unknown" => "unknown: no internal mark",
        "internal-not-required" => "internal mark (external verification not required)",
        "internal-unverified" => "internal mark: no external verification within the month",
        "external-higher" => $"external mark of {Iso(x.ExternalDate!.Value)} (higher of {x.Bids.Count} bids) exceeds the internal mark",
        _ => $"internal mark, not below the external mark of {Iso(x.ExternalDate!.Value)}",
    };

    public static string? Band(MaturityBucket? b) =>
        b is null ? null
        : b.AtMostYears is int y ? $"remaining maturity of {y} year{(y == 1 ? "" : "s")} or less"
        : b.LessThanYears is int l ? $"remaining maturity of less than {l} years"
        : b.AtMostDays is int d ? $"remaining maturity of {d} days or less"
        : "any remaining maturity";

    /// <summary>Why value was not counted; null when it was.</summary>
    public static string? Exclusion(string type, string? issuer, ExclusionFacts? why) => why?.Kind switch
    {
        null => null,
        "not-eligible-type" => $"{type} is not Eligible Collateral under this annex",
        "excluded-issuer" => $"issued by {issuer}, the Pledgor or an Affiliate",
        "matured" => $"matured on {Iso(why.MaturityDate!.Value)}, on or before the Valuation Date",
        "beyond-longest-band" => $"remaining maturity of {why.RemainingDays} days is beyond the longest eligible band ({Band(why.LongestBand)})",
        "issuer-limit" => $"{issuer} paper of Value {Money(why.Counted!.Value)} counts up to {why.LimitPercent}% of all {type} Value {Money(why.Base!.Value)} = {Money(why.Cap!.Value)}",
        _ => $"{type} Value {Money(why.Counted!.Value)} counts up to {why.LimitPercent}% of the total Value of Posted Collateral: {why.LimitPercent}/{100m - why.LimitPercent} × other collateral {Money(why.Base!.Value)} = {Money(why.Cap!.Value)}",
    };

    public static string Issue(ValuationIssue i) => i.Kind switch
    {
        ValuationIssueKind.NoInternalMark => $"no internal mark for {Iso(i.Date!.Value)} in exposures.csv: the Exposure is unknown",
        ValuationIssueKind.NoExternalMark => $"external verification required ({string.Join("; ", (i.Clauses ?? []).Select(c => c.Describe()))}) but exposures.csv has no external mark after {Iso(i.After!.Value)} up to {Iso(i.Date!.Value)}",
        ValuationIssueKind.TooFewBids => $"the external mark of {Iso(i.Date!.Value)} rests on {i.Count} bid{(i.Count == 1 ? "" : "s")}; {i.Limit} are required",
        ValuationIssueKind.VerifierOverused => $"verifier {i.Provider} used {i.Count} times in the {i.Months} months to {Iso(i.Date!.Value)} (limit {i.Limit})",
        _ => i.WeightedAverageLife
            ? "the transaction's remaining weighted average life is longer than every column of the Factor table"
            : "the transaction's original maturity is longer than every column of the Factor table",
    };
}
