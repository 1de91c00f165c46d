using NodaTime;
using Reporting.Calendars;

namespace Reporting.Inputs;

/// <summary>
/// The dates, amounts and whole numbers the tool accepts from any input or option. Outside these a
/// value is refused where it is written, instead of overflowing somewhere in a calculation.
/// </summary>
public static class SupportedRange
{
    /// <summary>
    /// One year inside the business-day calendars at each end (they cover 1950-2099), so that
    /// deadlines and offsets a few months from any accepted date can still be worked out.
    /// </summary>
    public const int FirstYear = HolidayCalendar.FirstYear + 1;

    public const int LastYear = HolidayCalendar.LastYear - 1;

    /// <summary>The largest amount (in any currency unit) or percentage accepted: a quadrillion.</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>The largest whole number of days, months or times a term may give (about ten years of days).</summary>
    public const int MaxWholeNumber = 3660;

    public static string Years => $"{FirstYear}-{LastYear}";

    public static bool Contains(LocalDate date) => date.Year >= FirstYear && date.Year <= LastYear;

    public static bool Contains(YearMonth month) => month.Year >= FirstYear && month.Year <= LastYear;

    public static bool Contains(decimal amount) => Math.Abs(amount) <= MaxAmount;

    public static bool Contains(int number) => Math.Abs(number) <= MaxWholeNumber;

    public static string DateProblem(string text) =>
        $"'{text}' is outside the years {Years} (the years the business-day calendars cover)";

    public static string AmountProblem(string text) =>
        $"'{Shorten(text)}' is outside the supported range (at most 1000000000000000 either side of zero)";

    public static string WholeNumberProblem(string text) =>
        $"'{Shorten(text)}' is outside the supported range (-{MaxWholeNumber} to {MaxWholeNumber})";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
