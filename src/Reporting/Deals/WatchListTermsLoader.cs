using Reporting.Calendars;
using Reporting.Inputs;

namespace Reporting.Deals;

/// <summary>Reads the <c>watch_list:</c> section of the terms file (<see cref="WatchListTerms"/>).</summary>
internal static class WatchListTermsLoader
{
    public static WatchListTerms Read(TermsNode root, CalendarCatalog calendars)
    {
        if (root.OptionalSection("watch_list") is not { } node) return WatchListTerms.Default;
        var calendar = node.Optional("calendar", calendars.Parse);
        var tapeLag = NotNegative(node, "loan_tape_lag_months", WatchListTerms.DefaultLoanTapeLagMonths);
        var markLag = NotNegative(node, "mark_lag_valuation_dates", WatchListTerms.DefaultMarkLagValuationDates);
        node.RejectUnknownKeys();
        return new WatchListTerms(calendar, tapeLag, markLag);
    }

    private static int NotNegative(TermsNode node, string key, int fallback)
    {
        var value = node.OptionalInt(key) ?? fallback;
        if (value >= 0) return value;
        node.Error(key, $"{value} is below zero (expected a whole number of 0 or more)");
        return fallback;
    }
}
