using NodaTime;

namespace Reporting.Ledger;

/// <summary>
/// An Interest Amount (Paragraph 6(d)(ii) with Paragraph 13(h)): interest on the Posted
/// Collateral in the form of cash over an Interest Period, owed by the Secured Party to the
/// Pledgor on the period's transfer day.
/// </summary>
/// <param name="PeriodStart">First day of the Interest Period (inclusive).</param>
/// <param name="PeriodEnd">The transfer day, which ends the period (exclusive).</param>
/// <param name="BalanceDays">The sum of the cash held on each day of the period (USD-days).</param>
/// <param name="RatePercent">The Interest Rate applied: the Fed Funds average weighted by balance, or the achieved rate; null when unknown.</param>
/// <param name="Income">For an achieved-return rate: the collateral income recorded in the period.</param>
/// <param name="Amount">Sum over the days of cash × rate / 360, rounded to the cent; null when a rate is missing.</param>
/// <param name="MissingRateDays">Days of the period without a published rate.</param>
public sealed record InterestAmountCheck(
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    string Basis,
    decimal BalanceDays,
    decimal? RatePercent,
    decimal? Income,
    decimal? Amount,
    IReadOnlyList<LocalDate> MissingRateDays,
    Settlement? Settlement,
    SettlementStatus Status);
