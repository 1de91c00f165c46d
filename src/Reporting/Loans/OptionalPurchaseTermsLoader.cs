using Reporting.Calendars;
using Reporting.Deals;
using Reporting.Inputs;

namespace Reporting.Loans;

/// <summary>Reads the <c>optional_purchase:</c> section of the deal terms file.</summary>
internal static class OptionalPurchaseTermsLoader
{
    public const string QuarterAfterCrossing = "quarter-after-crossing";
    public const string MonthAfterCrossing = "month-after-crossing";
    public const string AnyTime = "any-time";
    public const string Advances = "advances";
    public const string ServicingAdvances = "servicing-advances";

    private static readonly string[] _windows = { QuarterAfterCrossing, MonthAfterCrossing, AnyTime };
    private static readonly string[] _priceAdds = { Advances, ServicingAdvances };

    /// <param name="calendars">The calendars the deal may name, its own included.</param>
    public static OptionalPurchaseTerms Read(TermsNode node, IReadOnlyList<Party> parties, CalendarCatalog? calendars = null)
    {
        calendars ??= CalendarCatalog.Standard;
        var reference = node.OptionalString("reference");
        var section = node.OptionalString("section");
        var purchaser = node.OptionalString("purchaser");
        var purchasers = ReadPurchasers(node, parties);
        var calendar = node.Optional("business_day_calendar", calendars.Parse) ?? HolidayCalendars.Usny;
        var threshold = node.OptionalInt("delinquency_threshold_days") ?? 90;
        var window = node.OptionalChoice("window", _windows) ?? QuarterAfterCrossing;
        var opensOnGiven = node.OptionalInt("window_opens_on_business_day");
        var closesOnGiven = node.OptionalInt("window_closes_on_business_day_from_end");
        int opensOn = opensOnGiven ?? 1, closesOnFromEnd = closesOnGiven ?? 2;
        var method = DelinquencyMethod.Named(node.OptionalChoice("delinquency_method", DelinquencyMethod.All.Select(m => m.Name).ToArray()) ?? DelinquencyMethod.DaysName);
        var adds = node.StringList("price_adds");
        var measuredOn = node.OptionalChoice("delinquency_measured_on", new[] { "tape", "purchase-date" });
        var release = node.OptionalChoice("release", new[] { OptionalPurchaseTerms.ServicingOfficerCertificate, OptionalPurchaseTerms.RequestForRelease })
            ?? OptionalPurchaseTerms.ServicingOfficerCertificate;
        var loansFile = node.InputFile("loans_file", "loans.csv");
        var purchasesFile = node.InputFile("purchases_file", "purchases.csv");
        node.RejectUnknownKeys();

        if (purchaser is null && purchasers.Count == 0)
            node.Error("purchaser", "required key is missing (expected the party key of the holder of the option, or a purchasers: list naming several)");
        if (purchaser is not null && purchasers.Count > 0)
            node.Error("purchasers", "give either purchaser: (one holder of the option) or purchasers: (several), not both");
        if (purchaser is not null) PartyKeys.Check(node, "purchaser", purchaser, parties);

        if (threshold is < 1 or > 3650)
            node.Error("delinquency_threshold_days", $"'{threshold}' is out of range (expected days from 1 to 3650, e.g. 90)");
        else if (method.CountsMonths && threshold % DelinquencyMethod.DaysPerMonth != 0)
        {
            node.Error("delinquency_threshold_days",
                $"'{threshold}' is not a whole number of missed payments (the {method.Name.ToUpperInvariant()} method counts 30 days for each; expected 30, 60, 90, ...)");
        }

        // A quarter has at least 60 business days, a month at least 17: a window must open before it closes.
        int limit = window == MonthAfterCrossing ? 8 : 20;
        if (window == AnyTime)
        {
            if (opensOnGiven is not null) node.Error("window_opens_on_business_day", "has no effect when window is any-time (the loan may be purchased from the day it becomes delinquent by the threshold)");
            if (closesOnGiven is not null) node.Error("window_closes_on_business_day_from_end", "has no effect when window is any-time (the option does not lapse)");
        }
        if (opensOn < 1 || opensOn > limit)
            node.Error("window_opens_on_business_day", $"'{opensOn}' is out of range (expected 1 to {limit}; 1 for the first Business Day)");
        if (closesOnFromEnd < 1 || closesOnFromEnd > limit)
            node.Error("window_closes_on_business_day_from_end", $"'{closesOnFromEnd}' is out of range (expected 1 to {limit}; 2 for the second-to-last Business Day)");

        foreach (var add in adds.Where(a => !_priceAdds.Contains(a, StringComparer.Ordinal)).Distinct())
            node.Error("price_adds", $"'{add}' is not something the Purchase Price can add (expected {string.Join(" or ", _priceAdds)})");

        return new OptionalPurchaseTerms(
            reference, purchaser ?? purchasers.FirstOrDefault()?.Party ?? string.Empty, threshold,
            new BusinessDayOffset(opensOn, calendar),
            // "The Mth Business Day from the end" counts back from the day after the quarter.
            new BusinessDayOffset(-closesOnFromEnd, calendar),
            loansFile, purchasesFile,
            measuredOn == "purchase-date",
            window switch { AnyTime => PurchaseWindowKind.AnyTime, MonthAfterCrossing => PurchaseWindowKind.MonthAfterCrossing, _ => PurchaseWindowKind.QuarterAfterCrossing },
            method,
            purchasers.Count > 0 ? purchasers : null,
            adds.Contains(Advances, StringComparer.Ordinal),
            adds.Contains(ServicingAdvances, StringComparer.Ordinal),
            release,
            section);
    }

    /// <summary>The <c>purchasers:</c> list: each a party of the deal, once, at most one with an exclusive period.</summary>
    private static IReadOnlyList<OptionalPurchaser> ReadPurchasers(TermsNode node, IReadOnlyList<Party> parties)
    {
        var result = new List<OptionalPurchaser>();
        bool exclusiveSeen = false;
        foreach (var item in node.SectionList("purchasers"))
        {
            var party = item.RequiredString("party");
            var exclusive = item.OptionalInt("exclusive_days");
            item.RejectUnknownKeys();
            PartyKeys.Check(item, "party", party, parties);
            if (result.Any(p => p.Party == party))
                item.Error("party", $"'{party}' is named twice among the purchasers (name each holder of the option once)");
            if (exclusive is { } days)
            {
                if (days is < 1 or > 3660)
                    item.Error("exclusive_days", $"'{days}' is out of range (expected calendar days from 1 to 3660, e.g. 10)");
                if (exclusiveSeen)
                    item.Error("exclusive_days", "only one purchaser can hold an exclusive period (another purchaser already has one)");
                exclusiveSeen = true;
            }
            result.Add(new OptionalPurchaser(party, exclusive));
        }
        return result;
    }
}
