using NodaTime;
using NodaTime.Text;

namespace Reporting.Testing;

/// <summary>Short date literals for tests: <c>D("2006-11-27")</c>.</summary>
public static class Dates
{
    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
