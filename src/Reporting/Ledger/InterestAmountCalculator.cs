using NodaTime;
using Reporting.Cap;
using Reporting.Collateral;

namespace Reporting.Ledger;

/// <summary>
/// Interest Amounts on Posted Collateral in the form of cash (1994 CSA Paragraph 6(d)(ii) with
/// Paragraph 13(h)): for each Interest Period, the sum over its days of the cash held that day
/// times the Interest Rate for that day, divided by 360, rounded to the cent. Interest Periods
/// run from one scheduled transfer day (the Nth Local Business Day of a month) to the next, the
/// first from the day cash was first posted. No Interest Amount is owed while an Event of
/// Default with respect to the Pledgor continues on the transfer day.
/// </summary>
/// <remarks>
/// With an achieved-return Interest Rate the rate is the collateral income recorded in the period
/// divided by the period's cash-days, times 360: the Interest Amount is then exactly that income,
/// which is what "the rate of return actually achieved" hands back.
/// </remarks>
public static class InterestAmountCalculator
{
    public static IReadOnlyList<InterestAmountCheck> Calculate(CollateralData data, IReadOnlyList<Transfer> transfers,
        FixingSeries fixings, IReadOnlyList<EventOfDefaultPeriod> defaults, LocalDate asOf)
    {
        var terms = data.Terms;
        var election = terms.InterestRate;
        var checks = new List<InterestAmountCheck>();
        var firstCash = transfers.Where(t => t.IsCash && t.Kind == TransferKinds.CollateralDelivery).Select(t => (LocalDate?)t.Date).Min();
        if (firstCash is not LocalDate start) return checks;

        var days = TransferDays(terms, start, asOf);
        var periodStart = start;
        for (int i = 0; i < days.Count; i++)
        {
            var end = days[i];
            var daily = PostedCollateralPosition.DailyCash(transfers, periodStart, end);
            var balanceDays = daily.Sum(d => d.Cash);
            if (balanceDays > 0m)
                checks.Add(Check(terms, election, transfers, fixings, defaults, asOf, periodStart, end,
                    i + 1 < days.Count ? days[i + 1] : (LocalDate?)null, daily, balanceDays));
            periodStart = end;
        }
        return checks;
    }

    private static InterestAmountCheck Check(CreditSupportAnnexTerms terms, InterestRateElection election, IReadOnlyList<Transfer> transfers,
        FixingSeries fixings, IReadOnlyList<EventOfDefaultPeriod> defaults, LocalDate asOf, LocalDate start, LocalDate end,
        LocalDate? nextDay, IReadOnlyList<(LocalDate Day, decimal Cash)> daily, decimal balanceDays)
    {
        decimal? amount, rate, income = null;
        var missing = new List<LocalDate>();
        if (election.Basis == InterestRateElection.FedFundsEffective)
        {
            decimal weighted = 0m;
            foreach (var (day, cash) in daily)
            {
                if (fixings.Find(election.Index!, day) is { } fixing) weighted += cash * fixing.RatePercent;
                else missing.Add(day);
            }
            amount = missing.Count > 0 ? null : Round(weighted / 36000m);
            rate = missing.Count > 0 ? null : Math.Round(weighted / balanceDays, 6, MidpointRounding.AwayFromZero);
        }
        else
        {
            income = transfers.Where(t => t.Kind == TransferKinds.CollateralIncome && t.Date >= start && t.Date < end).Sum(t => t.Amount);
            rate = Math.Round(income.Value * 36000m / balanceDays, 6, MidpointRounding.AwayFromZero);
            amount = Round(income.Value);
        }

        var reference = Formatting.InvariantFormat.Iso(end);
        bool withheld = defaults.Any(d => d.Party == terms.Pledgor && d.ContinuesOn(end));
        if (amount is null || withheld || end > asOf)
        {
            var status = withheld ? SettlementStatus.Withheld : amount is null ? SettlementStatus.Unknown : SettlementStatus.Due;
            return new InterestAmountCheck(start, end, election.Basis, balanceDays, rate, income, amount, missing, null, status);
        }
        var paying = transfers.Where(t => t.Kind == TransferKinds.InterestAmount
            && (t.Reference == reference || (t.Reference.Length == 0 && t.Date >= end && (nextDay is not LocalDate n || t.Date < n))));
        var settlement = Settlement.Judge(amount.Value, end, asOf, paying, t => t.Amount);
        return new InterestAmountCheck(start, end, election.Basis, balanceDays, rate, income, amount, missing, settlement, settlement.Status);
    }

    /// <summary>The scheduled transfer days after <paramref name="start"/>, up to the month after <paramref name="asOf"/>.</summary>
    private static IReadOnlyList<LocalDate> TransferDays(CreditSupportAnnexTerms terms, LocalDate start, LocalDate asOf)
    {
        var days = new List<LocalDate>();
        var transferDay = new Calendars.BusinessDayOffset(terms.InterestTransferBusinessDay, terms.LocalBusinessDays);
        var lastMonth = asOf.PlusMonths(1);
        for (var month = new LocalDate(start.Year, start.Month, 1); month <= lastMonth; month = month.PlusMonths(1))
        {
            var day = transferDay.From(month.PlusDays(-1)); // the Nth Local Business Day of the month
            if (day > start) days.Add(day);
        }
        return days;
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
