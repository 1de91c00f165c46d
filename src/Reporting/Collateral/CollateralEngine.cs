using NodaTime;
using Reporting.Inputs;
using Reporting.Ratings;
using static Reporting.Formatting.InvariantFormat;

namespace Reporting.Collateral;

/// <summary>
/// Values the Credit Support Annex on a Valuation Date (DOMAIN.md §4): Threshold, Exposure,
/// Volatility Buffer, Modified Exposure, Credit Support Amount, Value of Posted Collateral,
/// and the Delivery or Return Amount with its timing. A pure function of its inputs.
/// </summary>
public static class CollateralEngine
{
    /// <summary>Values one date; the caller checks it is a Valuation Date (<see cref="ValuationSchedule"/>).</summary>
    public static CollateralValuation Value(CollateralData data, LocalDate valuationDate)
    {
        var terms = data.Terms;
        bool withdrawnTriggers = data.Interpretations.Choice(RatingsReadings.WithdrawnRating, "triggers") == "triggers";
        var ratings = data.Ratings.On(terms.Pledgor, valuationDate);
        var exceptions = new List<ValuationIssue>();

        var threshold = data.EventsOfDefault.FirstOrDefault(e => e.Party == terms.Pledgor && e.ContinuesOn(valuationDate)) is { } defaulted
            ? new ThresholdResult(terms.Threshold.Amount) { Kind = "event-of-default", DefaultSince = defaulted.From, DefaultingParty = terms.Pledgor }
            : Threshold(terms.Threshold, ratings, withdrawnTriggers);
        var exposure = Exposure(terms.ExternalMarks, data.Marks, ratings, withdrawnTriggers, valuationDate, exceptions);
        if (terms.Agencies.Count > 0) return ValuePerAgency(data, valuationDate, ratings, withdrawnTriggers, threshold, exposure, exceptions);
        var buffer = Buffer(data, terms.VolatilityBuffer, ratings, withdrawnTriggers, valuationDate, exceptions);

        decimal? modified = exposure.Used is decimal e ? Math.Max(0m, e) + buffer.Amount : null;
        decimal? creditSupport = modified is not decimal m ? null
            : threshold.Amount is decimal t ? Math.Max(0m, m - t)
            : 0m;

        var holdings = data.Holdings.Where(h => h.ValuationDate == valuationDate)
            .Select(h => ValueHolding(terms.EligibleCollateral, h, valuationDate)).ToArray();
        var excluded = holdings.Where(h => !h.Eligible)
            .Select(h => new CollateralExclusion(CollateralExclusion.Ineligible, h.Holding.Type, NullIfEmpty(h.Holding.Issuer),
                NullIfEmpty(h.Holding.SecurityId), h.Holding.MarketValue) { Why = h.Why })
            .ToList();
        var posted = ApplyLimits(terms, holdings, excluded);

        decimal? delivery = null, @return = null;
        if (creditSupport is decimal csa)
        {
            delivery = RoundedTransfer(csa - posted, terms.MinimumTransferAmount, terms.RoundingMultiple, up: true);
            @return = RoundedTransfer(posted - csa, terms.MinimumTransferAmount, terms.RoundingMultiple, up: false);
        }

        return Valuation(data, valuationDate, threshold, exposure, buffer, modified, creditSupport, posted, holdings, excluded,
            delivery, @return, exceptions);
    }

    private static CollateralValuation Valuation(CollateralData data, LocalDate valuationDate, ThresholdResult threshold,
        ExposureResult exposure, VolatilityBufferResult buffer, decimal? modified, decimal? creditSupport, decimal posted,
        IReadOnlyList<HoldingValuation> holdings, IReadOnlyList<CollateralExclusion> excluded, decimal? delivery, decimal? @return,
        List<ValuationIssue> exceptions)
    {
        var terms = data.Terms;
        var notification = terms.Timing.Notification.From(valuationDate);
        var transferDue = terms.Timing.Transfer.From(notification);
        var used = CollateralReadings.All.Select(d => d.Key).Append(RatingsReadings.WithdrawnRating).ToHashSet();

        return new CollateralValuation(valuationDate, threshold, exposure, buffer, modified, creditSupport,
            terms.IndependentAmount, posted, holdings, excluded, delivery, @return, terms.MinimumTransferAmount,
            notification, terms.Timing.NotificationTime, transferDue, exceptions,
            data.Interpretations.Items.Where(i => used.Contains(i.Key)).ToArray());
    }

    /// <summary>
    /// The annexes of 2006–2008 that compute one Credit Support Amount per rating agency, each
    /// against the Value of the Posted Collateral at that agency's Valuation Percentages: the
    /// Delivery Amount is the greatest of the agencies' shortfalls, the Return Amount the least of
    /// their excesses. Both come from the same agency, the one whose amount exceeds its Value the
    /// most (or falls short of it the least); the valuation's single figures are that agency's.
    /// </summary>
    private static CollateralValuation ValuePerAgency(CollateralData data, LocalDate valuationDate, RatingsSnapshot ratings,
        bool withdrawnTriggers, ThresholdResult threshold, ExposureResult exposure, List<ValuationIssue> exceptions)
    {
        var terms = data.Terms;
        var dated = data.Holdings.Where(h => h.ValuationDate == valuationDate).ToArray();
        var results = terms.Agencies
            .Select(a => ValueAgency(data, a, valuationDate, ratings, withdrawnTriggers, threshold, exposure, dated, exceptions))
            .ToArray();

        var governing = results.All(r => r.Difference is not null)
            ? results.Aggregate((best, r) => r.Difference!.Value > best.Difference!.Value ? r : best)
            : null;
        decimal? delivery = null, @return = null;
        if (governing is not null)
        {
            delivery = RoundedTransfer(governing.Difference!.Value, terms.MinimumTransferAmount, terms.RoundingMultiple, up: true);
            @return = RoundedTransfer(-governing.Difference!.Value, terms.MinimumTransferAmount, terms.RoundingMultiple, up: false);
        }

        // The single figures are the governing agency's, or the first agency's while the amounts are unknown.
        var shown = governing ?? results[0];
        var buffer = shown.VolatilityBuffer ?? new VolatilityBufferResult(null, 0m, null, data.Periods.Containing(valuationDate),
            data.Periods.Containing(valuationDate)?.Notional ?? 0m, 0m);
        var excluded = shown.Excluded.ToList();
        return Valuation(data, valuationDate, threshold, exposure, buffer, shown.ModifiedExposure, shown.CreditSupportAmount,
            shown.PostedValue, shown.Holdings, excluded, delivery, @return, exceptions) with
        {
            Agencies = results,
            GoverningAgency = governing?.Id,
        };
    }

    private static AgencyCreditSupportResult ValueAgency(CollateralData data, AgencyCreditSupportTerms agency, LocalDate valuationDate,
        RatingsSnapshot ratings, bool withdrawnTriggers, ThresholdResult threshold, ExposureResult exposure,
        IReadOnlyList<PostedHolding> dated, List<ValuationIssue> exceptions)
    {
        var terms = data.Terms;
        var holding = agency.WhenAny.Where(c => c.HoldsOn(ratings, withdrawnTriggers)).ToArray();
        bool applies = agency.WhenAny.Count == 0 || holding.Length > 0;

        var period = data.Periods.Containing(valuationDate);
        var notional = period?.Notional ?? 0m;
        decimal? notionalPercent = agency.NotionalPercent?.For(terms.Frequency);
        decimal? notionalAddOn = notionalPercent is decimal np ? Round(notional * np / 100m) : null;

        decimal? multiplier = agency.Dv01Multiplier?.For(terms.Frequency);
        var dv01 = data.Marks.FirstOrDefault(m => !m.IsExternal && m.ValuationDate == valuationDate)?.Dv01;
        decimal? dv01AddOn = multiplier is decimal k && dv01 is decimal d ? Round(d * k) : null;
        bool dv01Missing = multiplier is not null && dv01 is null;
        if (dv01Missing && applies)
            exceptions.Add(new ValuationIssue(ValuationIssueKind.NoDv01, valuationDate, Agency: agency.Name));

        var buffer = agency.VolatilityBuffer is { } table
            ? Buffer(data, table, ratings, withdrawnTriggers, valuationDate, exceptions)
            : null;

        // The notional and DV01 add-ons are alternatives: the lesser counts (Moody's); the buffer adds to either.
        decimal? capped = notionalAddOn is decimal n && dv01AddOn is decimal v ? Math.Min(n, v) : notionalAddOn ?? dv01AddOn;
        decimal? addOn = dv01Missing ? null : (buffer?.Amount ?? 0m) + (capped ?? 0m);

        decimal? exposurePart = exposure.Used is decimal e ? Round(Math.Max(0m, e) * agency.ExposurePercent / 100m) : null;
        decimal? modified = exposurePart is decimal x && addOn is decimal a ? x + a : null;
        // "for any other Valuation Date, zero": an agency whose conditions do not hold asks for nothing.
        decimal? creditSupport = !applies ? 0m
            : modified is not decimal m ? null
            : threshold.Amount is decimal t ? Math.Max(0m, m - t)
            : 0m;

        var holdings = dated.Select(h => ValueHolding(agency.Collateral(terms.EligibleCollateral), h, valuationDate)).ToArray();
        var excluded = holdings.Where(h => !h.Eligible)
            .Select(h => new CollateralExclusion(CollateralExclusion.Ineligible, h.Holding.Type, NullIfEmpty(h.Holding.Issuer),
                NullIfEmpty(h.Holding.SecurityId), h.Holding.MarketValue) { Why = h.Why })
            .ToList();
        var posted = ApplyLimits(terms, holdings, excluded);

        return new AgencyCreditSupportResult(agency.Id, agency.Name, applies, holding, exposurePart, agency.ExposurePercent,
            notionalPercent, notionalAddOn, dv01, multiplier, dv01AddOn, buffer, addOn, modified, creditSupport, posted, holdings, excluded);
    }

    /// <summary>Every Valuation Date in the range, valued.</summary>
    public static IReadOnlyList<CollateralValuation> ValueRange(CollateralData data, LocalDate from, LocalDate to) =>
        ValuationSchedule.Between(from, to, data.Terms.LocalBusinessDays, data.Terms.Frequency).Select(d => Value(data, d)).ToArray();

    internal static ThresholdResult Threshold(ThresholdTerms terms, RatingsSnapshot ratings, bool withdrawnTriggers)
    {
        var inForce = terms.CreditRatings
            .Select(s => ratings.ActionFor(s)?.Rating)
            .Where(r => r is not null && !r.IsWithdrawn)
            .Select(r => r!)
            .ToArray();
        if (inForce.Length == 0)
            return new ThresholdResult(terms.Amount) { Kind = "no-credit-rating" };
        var holding = terms.FiniteWhenAny.Where(c => c.HoldsOn(ratings, withdrawnTriggers)).ToArray();
        if (holding.Length > 0)
            return new ThresholdResult(terms.Amount)
            {
                Kind = "conditions-hold",
                Holding = holding,
            };
        return new ThresholdResult(null)
        {
            Kind = "infinite",
            InForce = inForce,
        };
    }

    internal static ExposureResult Exposure(ExternalMarkTerms terms, IReadOnlyList<ExposureMark> marks, RatingsSnapshot ratings,
        bool withdrawnTriggers, LocalDate valuationDate, List<ValuationIssue> exceptions)
    {
        var internalMark = marks.FirstOrDefault(m => !m.IsExternal && m.ValuationDate == valuationDate);
        var rule = terms.RequiredWhenAny.Where(c => c.HoldsOn(ratings, withdrawnTriggers)).ToArray();
        if (internalMark is null)
            exceptions.Add(new ValuationIssue(ValuationIssueKind.NoInternalMark, Date: valuationDate));
        if (rule.Length == 0)
        {
            return new ExposureResult(internalMark?.Amount, null, null, Array.Empty<ExposureMark>(), false, internalMark?.Amount)
            {
                Kind = internalMark is null ? "unknown" : "internal-not-required",
            };
        }

        var windowStart = valuationDate.PlusMonths(-terms.ValidMonths);
        var recent = marks.Where(m => m.IsExternal && m.ValuationDate > windowStart && m.ValuationDate <= valuationDate).ToArray();
        if (recent.Length == 0)
        {
            exceptions.Add(new ValuationIssue(ValuationIssueKind.NoExternalMark, Date: valuationDate, After: windowStart, Clauses: rule));
            return new ExposureResult(internalMark?.Amount, null, null, Array.Empty<ExposureMark>(), true, internalMark?.Amount)
            {
                Kind = internalMark is null ? "unknown" : "internal-unverified",
            };
        }

        var latest = recent.Max(m => m.ValuationDate);
        var bids = recent.Where(m => m.ValuationDate == latest).OrderBy(m => m.Line).ToArray();
        var external = bids.Max(m => m.Amount);
        if (bids.Length < terms.MinimumBids)
            exceptions.Add(new ValuationIssue(ValuationIssueKind.TooFewBids, Date: latest, Count: bids.Length, Limit: terms.MinimumBids));

        var limitStart = valuationDate.PlusMonths(-terms.VerifierLimitMonths);
        foreach (var provider in bids.Select(b => b.Provider).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var uses = marks
                .Where(m => m.IsExternal && string.Equals(m.Provider, provider, StringComparison.OrdinalIgnoreCase)
                            && m.ValuationDate > limitStart && m.ValuationDate <= valuationDate)
                .Select(m => m.ValuationDate).Distinct().Count();
            if (uses > terms.VerifierLimitTimes)
                exceptions.Add(new ValuationIssue(ValuationIssueKind.VerifierOverused, Date: valuationDate, Count: uses, Limit: terms.VerifierLimitTimes,
                    Months: terms.VerifierLimitMonths, Provider: provider));
        }

        decimal? used = internalMark is null ? null : Math.Max(internalMark.Amount, external);
        var kind = internalMark is null ? "unknown" : external > internalMark.Amount ? "external-higher" : "internal-not-below-external";
        return new ExposureResult(internalMark?.Amount, external, latest, bids, true, used) { Kind = kind };
    }

    private static VolatilityBufferResult Buffer(CollateralData data, VolatilityBufferTerms terms, RatingsSnapshot ratings, bool withdrawnTriggers,
        LocalDate valuationDate, List<ValuationIssue> exceptions)
    {
        var rowIndex = FactorRowIndex(terms, ratings, withdrawnTriggers,
            data.Interpretations.Choice(CollateralReadings.FactorRow, "worst-row"));

        var period = data.Periods.Containing(valuationDate);
        var notional = period?.Notional ?? 0m;
        decimal? wal = terms.Basis == MaturityBasis.RemainingWeightedAverageLife
            ? RemainingWeightedAverageLife(data.Periods.Periods, valuationDate, notional)
            : null;

        int? column = null;
        for (int i = 0; i < terms.MaturityColumnsYears.Count; i++)
        {
            bool fits = wal is decimal years
                ? years <= terms.MaturityColumnsYears[i]
                : data.TerminationDate <= data.EffectiveDate.PlusYears(terms.MaturityColumnsYears[i]);
            if (fits) { column = i; break; }
        }
        if (column is null && terms.MaturityColumnsYears.Count > 0)
            exceptions.Add(new ValuationIssue(ValuationIssueKind.FactorBeyondTable, WeightedAverageLife: wal is not null));

        if (rowIndex < 0 || column is not int c)
            return new VolatilityBufferResult(null, 0m, column is int c0 ? terms.MaturityColumnsYears[c0] : null, period, notional, 0m, wal);

        var row = terms.Rows[rowIndex];
        var factor = row.Percents[c];
        var amount = Math.Round(notional * factor / 100m, 2, MidpointRounding.AwayFromZero);
        return new VolatilityBufferResult(row.Name, factor, terms.MaturityColumnsYears[c], period, notional, amount, wal);
    }

    /// <summary>
    /// The remaining weighted average life in years on <paramref name="valuationDate"/>: each
    /// period's Notional Amount times the years of it still to run (actual days / 365), summed
    /// and divided by the current Notional Amount. Notional that steps down at a period's end
    /// is principal repaid then, so this is the principal-weighted time to repayment. Zero when
    /// nothing is outstanding. Not rounded: it only picks a column.
    /// </summary>
    internal static decimal RemainingWeightedAverageLife(IReadOnlyList<CalculationPeriod> periods, LocalDate valuationDate, decimal currentNotional)
    {
        if (currentNotional <= 0m) return 0m;
        decimal weighted = 0m;
        foreach (var p in periods.Where(p => p.AdjustedEnd > valuationDate))
        {
            var from = LocalDate.Max(p.AdjustedStart, valuationDate);
            var days = Period.Between(from, p.AdjustedEnd, PeriodUnits.Days).Days;
            weighted += p.Notional * days / 365m;
        }
        return weighted / currentNotional;
    }

    /// <summary>The Factor row index under the chosen reading, or -1 for none (Factor 0).</summary>
    internal static int FactorRowIndex(VolatilityBufferTerms terms, RatingsSnapshot ratings, bool withdrawnTriggers, string reading)
    {
        int RowOf(Func<TriggerClause, bool> which)
        {
            int worst = -1;
            for (int i = 0; i < terms.Rows.Count; i++)
            {
                if (terms.Rows[i].WhenAny.Any(c => which(c) && c.HoldsOn(ratings, withdrawnTriggers))) worst = i;
            }
            return worst;
        }

        if (reading != "mildest-agency") return RowOf(_ => true);
        var agencies = terms.Rows.SelectMany(r => r.WhenAny).Select(c => c.Scale.Agency).Distinct().ToArray();
        return agencies.Length == 0 ? -1 : agencies.Min(a => RowOf(c => c.Scale.Agency == a));
    }

    internal static HoldingValuation ValueHolding(CreditSupportAnnexTerms terms, PostedHolding holding, LocalDate valuationDate) =>
        ValueHolding(terms.EligibleCollateral, holding, valuationDate);

    internal static HoldingValuation ValueHolding(IReadOnlyList<EligibleCollateralType> eligible, PostedHolding holding, LocalDate valuationDate)
    {
        int? remaining = holding.MaturityDate is LocalDate m ? Period.Between(valuationDate, m, PeriodUnits.Days).Days : null;
        HoldingValuation Ineligible(ExclusionFacts why) => new(holding, remaining, false, null, null, 0m) { Why = why };

        var type = eligible.FirstOrDefault(t => t.Type == holding.Type);
        if (type is null) return Ineligible(new ExclusionFacts("not-eligible-type"));
        if (type.ExcludedIssuers.Any(i => string.Equals(i, holding.Issuer, StringComparison.OrdinalIgnoreCase)))
            return Ineligible(new ExclusionFacts("excluded-issuer"));
        if (holding.MaturityDate is LocalDate maturity && maturity <= valuationDate)
            return Ineligible(new ExclusionFacts("matured", MaturityDate: maturity));
        var bucket = type.Buckets.FirstOrDefault(b => b.Admits(valuationDate, holding.MaturityDate));
        if (bucket is null)
        {
            var longest = type.Buckets[^1];
            return Ineligible(new ExclusionFacts("beyond-longest-band", RemainingDays: remaining, LongestBand: longest));
        }
        var value = Math.Round(holding.MarketValue * bucket.ValuationPercent / 100m, 2, MidpointRounding.AwayFromZero);
        return new HoldingValuation(holding, remaining, true, bucket, bucket.ValuationPercent, value);
    }

    /// <summary>
    /// The Value of Posted Collateral after the concentration limits (reading
    /// <c>collateral.concentration-order</c>): issuer limits first, then limits on the total.
    /// </summary>
    internal static decimal ApplyLimits(CreditSupportAnnexTerms terms, IReadOnlyList<HoldingValuation> holdings, List<CollateralExclusion> excluded)
    {
        var eligible = holdings.Where(h => h.Eligible).ToArray();
        var counted = eligible.GroupBy(h => h.Holding.Type).ToDictionary(g => g.Key, g => g.Sum(h => h.Value));

        foreach (var limit in terms.ConcentrationLimits.Where(l => l.IssuerPercentOfType is not null))
        {
            var ofType = eligible.Where(h => h.Holding.Type == limit.Type).ToArray();
            var total = ofType.Sum(h => h.Value);
            var cap = Round(total * limit.IssuerPercentOfType!.Value / 100m);
            foreach (var issuer in ofType.GroupBy(h => h.Holding.Issuer, StringComparer.OrdinalIgnoreCase))
            {
                var sum = issuer.Sum(h => h.Value);
                if (sum <= cap) continue;
                var over = sum - cap;
                counted[limit.Type] -= over;
                excluded.Add(new CollateralExclusion(CollateralExclusion.IssuerLimit, limit.Type, issuer.Key, null, over)
                {
                    Why = new ExclusionFacts("issuer-limit", LimitPercent: limit.IssuerPercentOfType, Counted: sum, Base: total, Cap: cap),
                });
            }
        }

        foreach (var limit in terms.ConcentrationLimits.Where(l => l.PercentOfTotal is not null))
        {
            var ofType = counted.GetValueOrDefault(limit.Type);
            if (ofType <= 0) continue;
            var others = counted.Where(kv => kv.Key != limit.Type).Sum(kv => kv.Value);
            var p = limit.PercentOfTotal!.Value;
            // The type may be at most p% of a total that includes it: x <= p/(100-p) × others.
            var cap = Round(others * p / (100m - p));
            if (ofType <= cap) continue;
            var over = ofType - cap;
            counted[limit.Type] = cap;
            excluded.Add(new CollateralExclusion(CollateralExclusion.TotalLimit, limit.Type, null, null, over)
            {
                Why = new ExclusionFacts("total-limit", LimitPercent: p, Counted: ofType, Base: others, Cap: cap),
            });
        }
        return counted.Values.Sum();
    }

    /// <summary>
    /// A Delivery (rounded up) or Return (rounded down) Amount: zero unless the unrounded
    /// shortfall reaches the Minimum Transfer Amount (reading <c>collateral.mta-before-rounding</c>).
    /// </summary>
    internal static decimal RoundedTransfer(decimal shortfall, decimal minimumTransfer, decimal multiple, bool up)
    {
        if (shortfall <= 0 || shortfall < minimumTransfer) return 0m;
        var units = shortfall / multiple;
        return (up ? Math.Ceiling(units) : Math.Floor(units)) * multiple;
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
