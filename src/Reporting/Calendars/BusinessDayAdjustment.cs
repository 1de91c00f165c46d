using NodaTime;

namespace Reporting.Calendars;

/// <summary>A convention paired with the calendar it rolls on: "Following, New York Business Days".</summary>
public sealed record BusinessDayAdjustment(BusinessDayConvention Convention, HolidayCalendar Calendar)
{
    public LocalDate Adjust(LocalDate date) => Convention.Adjust(date, Calendar);

    public override string ToString() => $"{Convention.Name} ({Calendar.Name})";
}
