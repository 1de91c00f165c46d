using NodaTime;

namespace Reporting.Calendars;

/// <summary>
/// Every day a business day, weekends included (Strata's <c>NO_HOLIDAYS</c>): counting business
/// days on it counts calendar days, so "within 30 calendar days" is a
/// <see cref="BusinessDayOffset"/> like any other. Deal files cannot name it.
/// </summary>
internal sealed class NoHolidaysCalendar : HolidayCalendar
{
    public override string Name => "NoHolidays";

    public override bool IsHoliday(LocalDate date) => false;

    public override bool IsBusinessDay(LocalDate date) => true;
}
