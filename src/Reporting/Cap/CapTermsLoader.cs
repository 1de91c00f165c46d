using NodaTime;
using Reporting.Calendars;
using Reporting.Deals;
using Reporting.Inputs;

namespace Reporting.Cap;

/// <summary>Reads the <c>cap:</c> section of the deal terms file.</summary>
internal static class CapTermsLoader
{
    public static CapTerms Read(TermsNode node, IReadOnlyList<Party> parties, CalendarCatalog? calendars = null)
    {
        calendars ??= CalendarCatalog.Standard;
        var termination = node.RequiredSection("termination_adjustment");
        var premiumNode = node.RequiredSection("premium");
        var floatingNode = node.RequiredSection("floating");

        var tradeDate = node.RequiredDate("trade_date");
        var terms = new CapTerms(
            node.OptionalString("reference"),
            node.OptionalDate("confirmation_date") ?? tradeDate,
            tradeDate,
            node.RequiredDate("effective_date"),
            node.RequiredDate("termination_date"),
            ReadAdjustment(termination, calendars),
            ReadPremium(premiumNode, parties),
            ReadFloating(floatingNode, parties, calendars),
            PartyKeys.Read(node, "calculation_agent", parties),
            node.InputFile("schedule_file", "schedule.csv"),
            node.InputFile("fixings_file", "fixings.csv"));
        node.RejectUnknownKeys();

        if (terms.EffectiveDate >= terms.TerminationDate)
            node.Error("termination_date", "must be after the effective date");
        if (floatingNode is not null) CheckPeriodEnds(terms, floatingNode);
        return terms;
    }

    private static void CheckPeriodEnds(CapTerms terms, TermsNode floating)
    {
        var ends = terms.Floating.PeriodEnds;
        switch (ends.Roll)
        {
            case PeriodEndRoll.DayOfMonth or PeriodEndRoll.EndOfMonth:
                if (ends.First <= terms.EffectiveDate) floating.Error("first_period_end_date", "must be after the effective date");
                if (ends.Roll == PeriodEndRoll.EndOfMonth && !PeriodEndDates.IsLastDayOfMonth(ends.First))
                    floating.Error("first_period_end_date", $"{ends.First:yyyy-MM-dd} is not the last day of its month (expected one, as the roll is end-of-month)");
                break;
            case PeriodEndRoll.Listed:
                var dates = ends.Listed;
                if (dates.Count == 0) { floating.Error("period_end_dates", "the list is empty (expected the Period End Dates, the last being the Termination Date)"); break; }
                if (dates[0] <= terms.EffectiveDate) floating.Error("period_end_dates", $"the first date {dates[0]:yyyy-MM-dd} is not after the effective date {terms.EffectiveDate:yyyy-MM-dd}");
                for (int i = 1; i < dates.Count; i++)
                {
                    if (dates[i] <= dates[i - 1])
                        floating.Error("period_end_dates", $"{dates[i]:yyyy-MM-dd} (entry {i + 1}) does not come after {dates[i - 1]:yyyy-MM-dd} (expected dates in increasing order)");
                }
                if (dates[^1] != terms.TerminationDate)
                    floating.Error("period_end_dates", $"the last date is {dates[^1]:yyyy-MM-dd}, not the termination date {terms.TerminationDate:yyyy-MM-dd} (expected the list to end on it)");
                break;
        }
    }

    /// <summary>
    /// The Period End Dates: a monthly roll from <c>first_period_end_date</c> (on its day of the
    /// month, or <c>roll: end-of-month</c>), or <c>period_end_dates</c>: a list, or <c>schedule</c>
    /// for Schedule I's own.
    /// </summary>
    private static PeriodEndDates ReadPeriodEnds(TermsNode node)
    {
        var roll = node.OptionalChoice("roll", RollNames);
        if (!node.Has("period_end_dates"))
        {
            // Required only when no list is given, so the schema cannot require it: said here.
            var first = node.OptionalDate("first_period_end_date");
            if (first is null && !node.Has("first_period_end_date"))
                node.Error("first_period_end_date", "required key is missing (expected a date (yyyy-mm-dd), or period_end_dates listing the Period End Dates)");
            first ??= default(LocalDate);
            return roll == "end-of-month" ? PeriodEndDates.EndOfMonth(first.Value) : PeriodEndDates.DayOfMonth(first.Value);
        }
        if (node.Has("first_period_end_date")) node.Error("first_period_end_date", "is set beside period_end_dates (expected one or the other)");
        if (roll is not null) node.Error("roll", "is set beside period_end_dates (a list has no roll)");
        var texts = node.StringList("period_end_dates");
        if (texts.Count == 1 && string.Equals(texts[0], "schedule", StringComparison.OrdinalIgnoreCase)) return PeriodEndDates.FromSchedule;
        var dates = new List<LocalDate>();
        for (int i = 0; i < texts.Count; i++)
        {
            if (ValueParsers.TryParseDate(texts[i], out var date)) dates.Add(date);
            else node.Error("period_end_dates", $"'{texts[i]}' (entry {i + 1}) is not a date (expected yyyy-mm-dd, or the single word schedule)");
        }
        return PeriodEndDates.List(dates);
    }

    private static readonly string[] RollNames = { "day-of-month", "end-of-month" };

    private static readonly string[] AccrualNames = { "adjusted", "unadjusted" };

    private static BusinessDayAdjustment? ReadOptionalAdjustment(TermsNode? node, CalendarCatalog calendars) =>
        node is null ? null : ReadAdjustment(node, calendars);

    private static BusinessDayAdjustment ReadAdjustment(TermsNode? node, CalendarCatalog calendars)
    {
        if (node is null) return new BusinessDayAdjustment(BusinessDayConvention.Following, HolidayCalendars.Usny);
        var adjustment = new BusinessDayAdjustment(
            node.Required("convention", TermsParsers.Convention, BusinessDayConvention.Following),
            CalendarTerms.Required(node, "calendar", HolidayCalendars.Usny, calendars));
        node.RejectUnknownKeys();
        return adjustment;
    }

    private static CapPremium ReadPremium(TermsNode? node, IReadOnlyList<Party> parties)
    {
        if (node is null) return new CapPremium("", default, 0m, "USD");
        var premium = new CapPremium(
            PartyKeys.Read(node, "payer", parties),
            node.RequiredDate("payment_date"),
            node.RequiredDecimal("amount"),
            node.OptionalString("currency") ?? "USD");
        node.RejectUnknownKeys();
        return premium;
    }

    /// <summary>An optional rate in percent, checked to lie in 0 to 100.</summary>
    private static decimal? ReadRate(TermsNode node, string key)
    {
        var rate = node.OptionalDecimal(key);
        if (rate is < 0m or > 100m) node.Error(key, $"{rate} is not a rate in percent (expected 0 to 100)");
        return rate;
    }

    private static FloatingLegTerms ReadFloating(TermsNode? node, IReadOnlyList<Party> parties, CalendarCatalog calendars)
    {
        if (node is null)
        {
            return new FloatingLegTerms("", "", "", "", null, DayCount.Act360, default,
                new BusinessDayAdjustment(BusinessDayConvention.Following, HolidayCalendars.Usny),
                new BusinessDayOffset(0, HolidayCalendars.Usny), new BusinessDayOffset(0, HolidayCalendars.Gblo));
        }
        // Each key in turn, so that errors keep the order the section lists its keys in.
        var payer = PartyKeys.Read(node, "payer", parties);
        var index = node.RequiredString("index");
        var floatingRateOption = node.RequiredString("floating_rate_option");
        var designatedMaturity = node.RequiredString("designated_maturity");
        var ceiling = ReadRate(node, "ceiling_percent");
        var dayCount = node.Required("day_count", TermsParsers.DayCount, DayCount.Act360);
        var periodEnds = ReadPeriodEnds(node);
        var periodEndAdjustment = ReadAdjustment(node.RequiredSection("period_end_adjustment"), calendars);
        var accrualDates = node.OptionalChoice("accrual_dates", AccrualNames) == "unadjusted" ? AccrualDates.Unadjusted : AccrualDates.Adjusted;
        var paymentDays = node.RequiredInt("payment_offset_business_days");
        var paymentAdjustment = ReadOptionalAdjustment(node.OptionalSection("payment_adjustment"), calendars);
        // The deal file writes the fixing lag as days before the reset; the offset counts back.
        var fixingDaysBefore = node.RequiredInt("fixing_offset_business_days");
        var fixingCalendar = CalendarTerms.Required(node, "fixing_calendar", HolidayCalendars.Gblo, calendars);
        var initialRate = ReadRate(node, "initial_rate_percent");
        // Payment Dates with their own adjustment count the offset on their own calendar.
        var paymentCalendar = paymentAdjustment?.Calendar ?? periodEndAdjustment.Calendar;
        var floating = new FloatingLegTerms(
            payer, index, floatingRateOption, designatedMaturity, ceiling, dayCount, periodEnds.First, periodEndAdjustment,
            new BusinessDayOffset(paymentDays, paymentCalendar),
            new BusinessDayOffset(-fixingDaysBefore, fixingCalendar))
        {
            PeriodEnds = periodEnds,
            AccrualDates = accrualDates,
            PaymentAdjustment = paymentAdjustment,
            InitialRatePercent = initialRate,
        };
        node.RejectUnknownKeys();
        return floating;
    }
}
