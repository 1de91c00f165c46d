using System.Globalization;
using NodaTime;
using Reporting.Calendars;

namespace Reporting.Loans;

/// <summary>
/// When a delinquent loan may be purchased. For the quarterly clause of Amendment No. 1, Section
/// 4.07(a): from the first Business Day of the Calendar Quarter after the one in which it crossed
/// the threshold to the close of business of the second-to-last Business Day of that quarter; the
/// monthly clause does the same with calendar months; a clause with no window opens on the day the
/// loan crosses the threshold and never closes. Both ends are inclusive: a purchase dated on
/// <see cref="End"/> is made before its close of business.
/// </summary>
/// <param name="CrossingPeriod">The quarter (<c>2006-Q3</c>) or month (<c>2006-08</c>) of the crossing; the crossing date itself for a window that never closes.</param>
/// <param name="End">The last day of the window; null when it never closes.</param>
/// <param name="ExclusiveUntil">The last day only the exclusive purchaser may buy; null when no purchaser has an exclusive period.</param>
public sealed record PurchaseWindow(string CrossingPeriod, LocalDate Start, LocalDate? End, LocalDate? ExclusiveUntil = null)
{
    /// <summary>The window for a loan that crossed the threshold on <paramref name="crossedOn"/>.</summary>
    public static PurchaseWindow For(LocalDate crossedOn, OptionalPurchaseTerms terms)
    {
        var window = terms.Window switch
        {
            PurchaseWindowKind.AnyTime => new PurchaseWindow(Formatting.InvariantFormat.Iso(crossedOn), crossedOn, null),
            PurchaseWindowKind.MonthAfterCrossing => InPeriodAfter(
                crossedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                new LocalDate(crossedOn.Year, crossedOn.Month, 1).PlusMonths(1),
                new LocalDate(crossedOn.Year, crossedOn.Month, 1).PlusMonths(2).PlusDays(-1), terms),
            _ => InQuarterAfter(crossedOn, terms),
        };
        return terms.ExclusivePurchaser is { ExclusiveDays: { } days }
            ? window with { ExclusiveUntil = window.Start.PlusDays(days) }
            : window;
    }

    private static PurchaseWindow InQuarterAfter(LocalDate crossedOn, OptionalPurchaseTerms terms)
    {
        var crossing = CalendarQuarter.Containing(crossedOn);
        var quarter = crossing.Next;
        return InPeriodAfter(crossing.ToString(), quarter.Start, quarter.End, terms);
    }

    private static PurchaseWindow InPeriodAfter(string crossingPeriod, LocalDate first, LocalDate last, OptionalPurchaseTerms terms)
    {
        // "The Nth Business Day of the quarter" is the Nth business day strictly after the day
        // before it starts; "the Mth-to-last" the Mth strictly before the day after it ends.
        var start = terms.WindowOpens.From(first.PlusDays(-1));
        var end = terms.WindowCloses.From(last.PlusDays(1));
        return new PurchaseWindow(crossingPeriod, start, end);
    }

    public bool Contains(LocalDate date) => date >= Start && (End is null || date <= End);

    /// <summary>True when <paramref name="date"/> falls in the exclusive purchaser's period.</summary>
    public bool IsExclusiveOn(LocalDate date) => ExclusiveUntil is { } until && date >= Start && date <= until;
}
