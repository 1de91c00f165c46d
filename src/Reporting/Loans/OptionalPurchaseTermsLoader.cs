using Reporting.Calendars;
using Reporting.Deals;
using Reporting.Inputs;

namespace Reporting.Loans;

/// <summary>Reads the <c>optional_purchase:</c> section of the deal terms file.</summary>
internal static class OptionalPurchaseTermsLoader
{
    /// <param name="calendars">The calendars the deal may name, its own included.</param>
    public static OptionalPurchaseTerms Read(TermsNode node, IReadOnlyList<Party> parties, CalendarCatalog? calendars = null)
    {
        calendars ??= CalendarCatalog.Standard;
        var reference = node.OptionalString("reference");
        var purchaser = node.RequiredString("purchaser");
        var calendar = node.Optional("business_day_calendar", calendars.Parse) ?? HolidayCalendars.Usny;
        var threshold = node.OptionalInt("delinquency_threshold_days") ?? 90;
        var opensOn = node.OptionalInt("window_opens_on_business_day") ?? 1;
        var closesOnFromEnd = node.OptionalInt("window_closes_on_business_day_from_end") ?? 2;
        var terms = new OptionalPurchaseTerms(
            reference, purchaser, threshold,
            new BusinessDayOffset(opensOn, calendar),
            // "The Mth Business Day from the end" counts back from the day after the quarter.
            new BusinessDayOffset(-closesOnFromEnd, calendar),
            node.InputFile("loans_file", "loans.csv"),
            node.InputFile("purchases_file", "purchases.csv"),
            node.OptionalChoice("delinquency_measured_on", new[] { "tape", "purchase-date" }) == "purchase-date");
        node.RejectUnknownKeys();

        PartyKeys.Check(node, "purchaser", terms.Purchaser, parties);
        if (terms.DelinquencyThresholdDays is < 1 or > 3650)
            node.Error("delinquency_threshold_days", $"'{terms.DelinquencyThresholdDays}' is out of range (expected days from 1 to 3650, e.g. 90)");
        // A quarter has at least 60 business days; a window must open before it closes.
        if (opensOn is < 1 or > 20)
            node.Error("window_opens_on_business_day", $"'{opensOn}' is out of range (expected 1 to 20; 1 for the first Business Day)");
        if (closesOnFromEnd is < 1 or > 20)
            node.Error("window_closes_on_business_day_from_end", $"'{closesOnFromEnd}' is out of range (expected 1 to 20; 2 for the second-to-last Business Day)");
        return terms;
    }
}
