using System.Globalization;
using NodaTime;
using Reporting.Inputs;
using Reporting.Formatting;

namespace Reporting.Cli;

/// <summary>How the command line prints values in tables: US conventions, whatever the machine's culture.</summary>
internal static class Formats
{
    private static readonly CultureInfo _us = CultureInfo.GetCultureInfo("en-US");

    public static string Money(decimal? amount) => amount is decimal value ? InvariantFormat.Money(value) : "-";

    public static string Percent(decimal? percent, int decimals = 5) =>
        percent is null ? "-" : percent.Value.ToString("0." + new string('0', decimals), CultureInfo.InvariantCulture) + "%";

    public static string Date(LocalDate? date) => date is null ? "-" : InvariantFormat.Iso(date.Value);
}
