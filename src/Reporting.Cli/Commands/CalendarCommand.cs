using System.CommandLine;
using Reporting.Calendars;
using Reporting.Inputs;
using Reporting.Formatting;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting calendar holidays CAL --from D --to D [--json]</c>.</summary>
internal static class CalendarCommand
{
    public static Command Build()
    {
        var calendarArgument = new Argument<string>("CAL")
        {
            Description = HolidayCalendars.Expected,
        };
        var from = CommonOptions.DateOption("--from", "First date", required: true);
        var to = CommonOptions.DateOption("--to", "Last date", required: true);
        var json = CommonOptions.JsonOption();

        var holidays = new Command("holidays", "List the holidays (weekdays that are not business days) of a calendar")
        {
            calendarArgument, from, to, json,
        };
        holidays.SetAction(parse => CommandRunner.Execute(() =>
        {
            var name = parse.GetValue(calendarArgument)!;
            if (!HolidayCalendars.TryParse(name, out var calendar))
                throw new UsageException($"'{name}' is not a known calendar (expected {HolidayCalendars.Expected})");
            var start = parse.GetValue(from)!.Value;
            var end = parse.GetValue(to)!.Value;
            if (end < start) throw new UsageException("--to must not be before --from");
            if (start.Year < HolidayCalendar.FirstYear || end.Year > HolidayCalendar.LastYear)
                throw new UsageException($"calendars cover {HolidayCalendar.FirstYear}-{HolidayCalendar.LastYear}");

            var days = calendar.Holidays(start, end).ToList();
            if (parse.GetValue(json)) JsonOutput.Write(days);
            else foreach (var day in days) Console.Out.WriteLine(InvariantFormat.Iso(day));
            return CommandRunner.Ok;
        }));

        return new Command("calendar", "Business-day calendars") { holidays };
    }
}
