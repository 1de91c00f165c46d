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
/// The evaluate phase of the cycle: runs each engine of the deal on the loaded inputs as of each
/// date a document of the month is dated (its "information as of" date), once per date however
/// many documents share it. Every engine is a function of the inputs and that date and ignores
/// each fact dated after it; the point-in-time test in tests/Reporting.Cycle.Tests proves the
/// documents unchanged when those facts are removed from the deal folder.
/// </summary>
public sealed class MonthEvaluation
{
    /// <summary>A week before the month: the earliest Valuation Date whose notification day can fall in it.</summary>
    public const int ValuationLookBackDays = 7;

    private readonly DealInputs _inputs;
    private readonly LocalDate _firstDay;
    private readonly LocalDate _lastDay;
    private readonly LocalDate _statementDate;
    private readonly Func<LocalDate, IReadOnlyList<CapPeriod>?> _cap;
    private readonly Func<LocalDate, RatingsReport?> _ratings;
    private readonly Func<LocalDate, OptionalPurchaseReport?> _loans;
    private readonly Func<LocalDate, LedgerResult?> _ledger;
    private readonly Dictionary<LocalDate, MonthResults> _results = new();

    public MonthEvaluation(DealInputs inputs, YearMonth month)
    {
        _inputs = inputs;
        _firstDay = month.OnDayOfMonth(1);
        _lastDay = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        _statementDate = StatementDates.TrusteeStatement(_lastDay);
        _cap = Once(inputs.Cap, (data, date) => CapEngine.Evaluate(data, date));
        _ratings = Once(inputs.Ratings, RatingsEngine.Evaluate);
        _loans = Once(inputs.Loans, OptionalPurchaseEngine.Evaluate);
        _ledger = Once(inputs.Ledger, LedgerEngine.Reconcile);
    }

    /// <summary>The month as known on <paramref name="knownOn"/>, evaluated once per date.</summary>
    public MonthResults KnownOn(LocalDate knownOn)
    {
        if (_results.TryGetValue(knownOn, out var known)) return known;
        var ledger = _ledger(knownOn);
        // A valuation sees the Events of Default the ledger finds by the date it is known on
        // (a failure to transfer past its grace period).
        var collateral = _inputs.Collateral is { } data && ledger is { EventsOfDefault.Count: > 0 }
            ? data with { EventsOfDefault = ledger.EventsOfDefault }
            : _inputs.Collateral;
        var from = _firstDay.PlusDays(-ValuationLookBackDays);
        var to = knownOn < _lastDay ? knownOn : _lastDay;
        var valuations = collateral is not null && to >= from
            ? CollateralEngine.ValueRange(collateral, from, to)
            : Array.Empty<CollateralValuation>();
        known = new MonthResults(_statementDate, knownOn, _cap(knownOn), _ratings(knownOn), valuations, _loans(knownOn), ledger);
        _results.Add(knownOn, known);
        return known;
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
