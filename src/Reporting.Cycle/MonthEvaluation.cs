using NodaTime;
using Reporting.Cap;
using Reporting.Collateral;
using Reporting.Cycle.Planning;
using Reporting.Deals;
using Reporting.Ledger;
using Reporting.Loans;
using Reporting.Ratings;

namespace Reporting.Cycle;

/// <summary>
/// The evaluate phase of the cycle: runs each engine of the deal on the loaded inputs, once per
/// date a document of the month needs, before anything is planned.
/// </summary>
public static class MonthEvaluation
{
    /// <summary>A week before the month: the earliest Valuation Date whose notification day can fall in it.</summary>
    public const int ValuationLookBackDays = 7;

    public static MonthResults Evaluate(DealInputs inputs, YearMonth month)
    {
        var firstDay = month.OnDayOfMonth(1);
        var lastDay = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        var statementDate = StatementDates.TrusteeStatement(inputs.Cap?.Terms, firstDay, lastDay);

        var cap = Once(inputs.Cap, (data, date) => CapEngine.Evaluate(data, date));
        var ratings = Once(inputs.Ratings, RatingsEngine.Evaluate);
        var loans = Once(inputs.Loans, OptionalPurchaseEngine.Evaluate);
        var eligibilityDate = inputs.Terms.OptionalPurchase?.BusinessDayCalendar.PreviousOrSame(lastDay);
        var ledger = Once(inputs.Ledger, LedgerEngine.Reconcile);
        var ledgerAtMonthEnd = ledger(lastDay);
        // Every valuation of the run sees the same Threshold: the Events of Default the ledger
        // finds by the month's end (a failure to transfer past its grace period).
        var collateral = inputs.Collateral is { } data && ledgerAtMonthEnd is { EventsOfDefault.Count: > 0 } known
            ? data with { EventsOfDefault = known.EventsOfDefault }
            : inputs.Collateral;
        var valuations = collateral is not null
            ? CollateralEngine.ValueRange(collateral, firstDay.PlusDays(-ValuationLookBackDays), lastDay)
            : Array.Empty<CollateralValuation>();
        // The collateral workbook is dated its month's last Valuation Date.
        var lastValuationDate = valuations.LastOrDefault(v => v.ValuationDate >= firstDay)?.ValuationDate;

        return new MonthResults(
            statementDate,
            cap(statementDate), cap(lastDay),
            ratings(statementDate), ratings(lastDay),
            valuations,
            loans(statementDate), eligibilityDate is { } eligible ? loans(eligible) : null,
            ledger(statementDate), ledgerAtMonthEnd, lastValuationDate is { } valued ? ledger(valued) : null);
    }

    /// <summary>An engine bound to its inputs that evaluates each date once (null for every date when there are no inputs).</summary>
    private static Func<LocalDate, TResult?> Once<TInputs, TResult>(TInputs? inputs, Func<TInputs, LocalDate, TResult> evaluate)
        where TInputs : class where TResult : class
    {
        var results = new Dictionary<LocalDate, TResult>();
        return date =>
        {
            if (inputs is null) return null;
            if (!results.TryGetValue(date, out var result)) results.Add(date, result = evaluate(inputs, date));
            return result;
        };
    }
}
