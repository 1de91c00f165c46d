using System.Globalization;
using Reporting.Collateral;
using Reporting.Cycle.Models;
using Reporting.Ratings;

namespace Reporting.Cycle.Planning;

/// <summary>
/// States the confirmation's Part III ratings provisions and its Annex A (Paragraph 13)
/// elections in our own words, built from the terms as data, so a deal with other levels gets
/// a confirmation with other levels and no template change.
/// </summary>
public static class ConfirmationProvisions
{
    public static ConfirmationRatings? Ratings(RunContext context)
    {
        if (context.Terms.RatingsDowngrade is not { } terms) return null;
        var provider = terms.Provider;
        return new ConfirmationRatings(terms.Events.Select(e => new ConfirmationRatingsEvent(
            e.Id,
            RatingsText.Triggers(e.Triggers),
            RatingsText.Deadline(e.Notice),
            RatingsText.Deadline(e.Remedy),
            "at its own expense, " + string.Join("; or ", e.Remedies.Select(RatingsText.Remedy)) + ", each subject to the Rating Agency Condition",
            Extra(e, provider, context))).ToArray());
    }

    private static string? Extra(RatingsEventTerms e, string provider, RunContext context)
    {
        var parts = new List<string>();
        var beneficiary = context.Terms.RatingsDowngrade!.Beneficiary;
        if (e.CollateralDemand is { } demand)
            parts.Add($"If no remedy is in effect by then, the {beneficiary} must demand Eligible Collateral on the first Local Business Day after the remedy deadline, and {provider} must keep using best efforts to transfer the transaction or provide a guarantee while it posts collateral");
        foreach (var r in e.Restrictions)
            parts.Add($"An event brought about by clause ({r.Clause}) is remedied only by: {string.Join(" or ", r.Remedies.Select(RatingsText.RemedyShort))}");
        return parts.Count == 0 ? null : string.Join(". ", parts) + ".";
    }

    public static ConfirmationAnnex? Annex(RunContext context)
    {
        if (context.Terms.CreditSupportAnnex is not { } csa) return null;
        string Name(string key) => context.Terms.FindParty(key)?.Name ?? key;
        var items = new List<AnnexItem>
        {
            new("Parties", $"{Name(csa.Pledgor)} (\"{csa.Pledgor}\") is the only party that pledges collateral; the {csa.SecuredParty} is the Secured Party. {Name(csa.ValuationAgent)} is the Valuation Agent."),
            new("Valuation Date", $"The last Local Business Day of each week ({csa.LocalBusinessDays.Name})."),
            new("Threshold", $"For {csa.Pledgor}: unlimited, unless {RatingsText.Triggers(csa.Threshold.FiniteWhenAny)}, or it has no Credit Rating, in which case it is {Money(csa.Threshold.Amount)}. For the {csa.SecuredParty}: not applicable."),
            new("Independent Amount", $"{Money(csa.IndependentAmount)}."),
            new("Exposure", $"Marked by the Valuation Agent. While {RatingsText.Triggers(csa.ExternalMarks.RequiredWhenAny)}, each mark is verified {(csa.ExternalMarks.ValidMonths == 1 ? "monthly" : $"every {csa.ExternalMarks.ValidMonths} months")} against the higher of {csa.ExternalMarks.MinimumBids} external bids, and the greater of the two marks counts; one verifier may be used at most {csa.ExternalMarks.VerifierLimitTimes} times in any {csa.ExternalMarks.VerifierLimitMonths} months."),
            new("Volatility Buffer", FactorText(csa.VolatilityBuffer)),
            new("Eligible Collateral and Valuation Percentages", string.Join(" ", csa.EligibleCollateral.Select(CollateralText))),
            new("Concentration limits", string.Join(" ", csa.ConcentrationLimits.Select(l =>
                $"{TypeName(l.Type)}: one issuer's paper counts up to {Percent(l.IssuerPercentOfType)} of the Value of all such paper, and all of it up to {Percent(l.PercentOfTotal)} of the total Value of Posted Collateral."))),
            new("Minimum Transfer Amount and rounding", $"{Money(csa.MinimumTransferAmount)}. A Delivery Amount is rounded up, and a Return Amount down, to a multiple of {Money(csa.RoundingMultiple)}."),
            new("Timing", $"The Valuation Agent notifies its calculations by {csa.Timing.NotificationTime} on the {Ordinal(csa.Timing.NotificationBusinessDays)} Local Business Day after the Valuation Date; a transfer is due by close of business on the {Ordinal(csa.Timing.TransferBusinessDays)} Local Business Day after that."),
            new("Interest Amount", $"Transferred on the {Ordinal(csa.InterestTransferBusinessDay)} Local Business Day of each month."),
        };
        return new ConfirmationAnnex(items);
    }

    private static string FactorText(VolatilityBufferTerms buffer)
    {
        var columns = buffer.MaturityColumnsYears.Select(y => $"up to {y} years").ToArray();
        var rows = buffer.Rows.Select(r =>
            $"{r.Name}: {string.Join(", ", r.Percents.Select((p, i) => $"{p.ToString("0.00", CultureInfo.InvariantCulture)}% ({columns[i]})"))}");
        return "The Factor times the Notional Amount of the current Calculation Period, by the pledgor's rating row and the transaction's original maturity. " +
               string.Join("; ", rows) + ". Ratings above every row give no buffer.";
    }

    private static string CollateralText(EligibleCollateralType type)
    {
        static string Pct(MaturityBucket b) => b.ValuationPercent.ToString("0.###", CultureInfo.InvariantCulture) + "%";
        static bool Unbounded(MaturityBucket b) => b.AtMostYears is null && b.LessThanYears is null && b.AtMostDays is null;
        var bands = type.Buckets.Count switch
        {
            0 => "100%",
            1 when Unbounded(type.Buckets[0]) => Pct(type.Buckets[0]),
            _ => string.Join(", ", type.Buckets.Select(b => Unbounded(b) ? $"{Pct(b)} otherwise" : $"{Pct(b)} with a {b.Describe()}")),
        };
        var excluded = type.ExcludedIssuers.Count == 0 ? "" : $" Paper of {string.Join(", ", type.ExcludedIssuers)} is not eligible.";
        return $"{Capital(type.Description)}: {bands}.{excluded}";
    }

    private static string TypeName(string type) => type switch
    {
        "cp" => "Commercial paper",
        "ust" => "US Treasury securities",
        "agency" => "Agency Securities",
        "cash" => "Cash",
        _ => type,
    };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Money(decimal amount) => "USD " + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Percent(decimal? p) => p is null ? "any share" : p.Value.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", _ => $"{n}th" };
}
