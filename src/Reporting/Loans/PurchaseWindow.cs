using NodaTime;
using Reporting.Calendars;

namespace Reporting.Loans;

/// <summary>
/// When a delinquent loan may be purchased: from the first Business Day of the Calendar Quarter
/// after the one in which it crossed the threshold to the close of business of the
/// second-to-last Business Day of that quarter (Amendment No. 1, Section 4.07(a)). Both ends
/// are inclusive: a purchase dated on <see cref="End"/> is made before its close of business.
/// </summary>
/// <param name="CrossingQuarter">The Calendar Quarter in which the loan became delinquent enough.</param>
/// <param name="Quarter">The following Calendar Quarter, in which the window lies.</param>
public sealed record PurchaseWindow(CalendarQuarter CrossingQuarter, CalendarQuarter Quarter, LocalDate Start, LocalDate End)
{
    /// <summary>The window for a loan that crossed the threshold on <paramref name="crossedOn"/>.</summary>
    public static PurchaseWindow For(LocalDate crossedOn, OptionalPurchaseTerms terms)
    {
        var crossing = CalendarQuarter.Containing(crossedOn);
        var quarter = crossing.Next;
        // "The Nth Business Day of the quarter" is the Nth business day strictly after the day
        // before it starts; "the Mth-to-last" the Mth strictly before the day after it ends.
        var start = terms.WindowOpens.From(quarter.Start.PlusDays(-1));
        var end = terms.WindowCloses.From(quarter.End.PlusDays(1));
        return new PurchaseWindow(crossing, quarter, start, end);
    }

    public bool Contains(LocalDate date) => date >= Start && date <= End;
}
