using NodaTime;

namespace Reporting.Cap;

/// <summary>
/// Computes each Calculation Period's Floating Amount (Confirmation Part II, DOMAIN.md §2):
/// Notional × (days / 360) × max(0, min(Rate, ceiling) − Cap Strike), rounded to the cent, half up.
/// The ceiling is the period's own in Schedule I when the schedule sets one, else the terms' single
/// Ceiling Rate; the first period's rate is the one the confirmation states, when it states one.
/// </summary>
public static class CapEngine
{
    /// <param name="asOf">
    /// What is known on this date: a fixing date after it makes the period pending; a Payment
    /// Date before it makes the period paid.
    /// </param>
    public static IReadOnlyList<CapPeriod> Evaluate(CapInputs inputs, LocalDate asOf)
    {
        var terms = inputs.Terms;
        var result = new List<CapPeriod>();
        foreach (var dates in CapSchedule.Periods(terms))
        {
            var line = inputs.ScheduleLineFor(dates);
            var ceiling = line.CeilingPercent ?? terms.Floating.CeilingPercent;
            // A rate stated in the confirmation is known from the trade date: it needs no fixing.
            bool stated = dates.Number == 1 && terms.Floating.InitialRatePercent is not null;
            bool rateKnown = stated || dates.FixingDate <= asOf;
            var fixing = stated
                ? new Fixing(terms.Floating.Index, dates.FixingDate, terms.Floating.InitialRatePercent!.Value)
                : rateKnown ? inputs.Fixings.Find(terms.Floating.Index, dates.FixingDate) : null;

            decimal? applied = fixing is null ? null : Applied(fixing.RatePercent, ceiling);
            decimal? amount = applied is null ? null : Amount(line.Notional, dates.Days, terms.Floating.DayCount.Basis, applied.Value, line.StrikePercent);
            var status = (!rateKnown, fixing is null, dates.PaymentDate < asOf) switch
            {
                (true, _, _) => CapPeriodStatus.Pending,
                (false, true, _) => CapPeriodStatus.MissingFixing,
                (false, false, true) => CapPeriodStatus.Paid,
                (false, false, false) => CapPeriodStatus.Due,
            };

            result.Add(new CapPeriod(
                dates.Number, dates.PeriodStart, dates.PeriodEnd, dates.AdjustedStart, dates.AdjustedEnd,
                dates.PaymentDate, dates.ResetDate, dates.FixingDate, dates.Days,
                line.Notional, line.StrikePercent, fixing?.RatePercent, applied, amount, status, line.Line)
            {
                CeilingPercent = ceiling,
                RateStated = stated,
            });
        }
        return result;
    }

    /// <summary>The rate the payment is computed on: the fixing, capped at the corridor's ceiling when there is one.</summary>
    public static decimal Applied(decimal ratePercent, decimal? ceilingPercent) =>
        ceilingPercent is { } ceiling ? Math.Min(ratePercent, ceiling) : ratePercent;

    /// <summary>
    /// Notional × days / basis × max(0, applied − strike) / 100, rounded half up to the cent.
    /// Multiplying before dividing keeps the decimal arithmetic exact until the one rounding.
    /// </summary>
    public static decimal Amount(decimal notional, int days, int basis, decimal appliedPercent, decimal strikePercent)
    {
        var spread = Math.Max(0m, appliedPercent - strikePercent);
        var exact = notional * days * spread / (basis * 100m);
        return Math.Round(exact, 2, MidpointRounding.AwayFromZero);
    }
}
