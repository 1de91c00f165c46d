using Reporting.Collateral;
using Reporting.Calendars;
using Reporting.Cycle.Models;
using Reporting.Ratings;

namespace Reporting.Cycle.Planning;

/// <summary>
/// The confirmation's Part III ratings provisions and Annex A (Paragraph 13) elections as data
/// for the template, which states them in words: a deal with other levels gets a confirmation
/// with other levels and no code or template change.
/// </summary>
public static class ConfirmationProvisions
{
    public static ConfirmationRatings? Ratings(RunContext context)
    {
        if (context.Terms.RatingsDowngrade is not { } terms) return null;
        return new ConfirmationRatings(terms.Provider, terms.Beneficiary, terms.AffectedParty,
            terms.Events.Select(e => new ConfirmationRatingsEvent(
                e.Id,
                e.Name,
                e.Description,
                e.Triggers.Select(ClauseModel.From).ToArray(),
                e.Notice is null ? null : Days(e.Notice),
                Days(e.Remedy),
                e.Remedies,
                e.CollateralDemand is not null,
                e.Restrictions.Select(r => new RestrictionModel(r.Clause, r.Remedies)).ToArray())).ToArray());
    }

    public static ConfirmationAnnex? Annex(RunContext context)
    {
        if (context.Terms.CreditSupportAnnex is not { } csa) return null;
        string Name(string key) => context.Terms.FindParty(key)?.Name ?? key;
        return new ConfirmationAnnex(
            csa.SecuredParty, Name(csa.Pledgor), csa.Pledgor, Name(csa.ValuationAgent), csa.LocalBusinessDays.Name,
            csa.Threshold.FiniteWhenAny.Select(ClauseModel.From).ToArray(), csa.Threshold.Amount, csa.IndependentAmount,
            csa.ExternalMarks.RequiredWhenAny.Select(ClauseModel.From).ToArray(), csa.ExternalMarks.ValidMonths,
            csa.ExternalMarks.MinimumBids, csa.ExternalMarks.VerifierLimitTimes, csa.ExternalMarks.VerifierLimitMonths,
            csa.VolatilityBuffer.MaturityColumnsYears,
            csa.VolatilityBuffer.Rows.Select(r => new FactorRowModel(r.Name, r.Percents)).ToArray(),
            csa.EligibleCollateral.Select(c => new EligibleCollateralModel(c.Type, c.Description,
                c.Buckets.Select(b => new MaturityBandModel(b.ValuationPercent, b.AtMostYears, b.LessThanYears, b.AtMostDays)).ToArray(),
                c.ExcludedIssuers)).ToArray(),
            csa.ConcentrationLimits.Select(l => new ConcentrationLimitModel(l.Type, l.IssuerPercentOfType, l.PercentOfTotal)).ToArray(),
            csa.MinimumTransferAmount, csa.RoundingMultiple,
            csa.Timing.Notification.Days, csa.Timing.NotificationTime, csa.Timing.Transfer.Days,
            csa.InterestTransferBusinessDay,
            csa.VolatilityBuffer.Basis == MaturityBasis.RemainingWeightedAverageLife)
        {
            DailyValuation = csa.Frequency == ValuationFrequency.Daily ? true : null,
            AgencyAmounts = csa.Agencies.Count == 0 ? null : csa.Agencies.Select(a => new AgencyAnnexModel(
                a.Name,
                a.WhenAny.Select(ClauseModel.From).ToArray(),
                a.ExposurePercent,
                a.NotionalPercent?.For(csa.Frequency),
                a.Dv01Multiplier?.For(csa.Frequency),
                a.VolatilityBuffer?.MaturityColumnsYears ?? [],
                a.VolatilityBuffer?.Rows.Select(r => new FactorRowModel(r.Name, r.Percents)).ToArray() ?? [],
                a.VolatilityBuffer?.Basis == MaturityBasis.RemainingWeightedAverageLife,
                a.Collateral(csa.EligibleCollateral).Select(c => new EligibleCollateralModel(c.Type, c.Description,
                    c.Buckets.Select(b => new MaturityBandModel(b.ValuationPercent, b.AtMostYears, b.LessThanYears, b.AtMostDays)).ToArray(),
                    c.ExcludedIssuers)).ToArray())).ToArray(),
        };
    }

    private static DaysRuleModel Days(BusinessDayOffset rule) => new(rule.Days, rule.CountsBusinessDays, rule.Calendar.Name);
}
