using Reporting.Calendars;
using Reporting.Deals;
using Reporting.Inputs;

namespace Reporting.Cap;

/// <summary>Reads the <c>cap:</c> section of the deal terms file.</summary>
internal static class CapTermsLoader
{
    public static CapTerms Read(TermsNode node, IReadOnlyList<Party> parties)
    {
        var calendarOf = TermsParsers.Calendar;
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
            ReadAdjustment(termination),
            ReadPremium(premiumNode, parties),
            ReadFloating(floatingNode, parties),
            PartyKeys.Read(node, "calculation_agent", parties),
            node.InputFile("schedule_file", "schedule.csv"),
            node.InputFile("fixings_file", "fixings.csv"));
        node.RejectUnknownKeys();

        if (terms.EffectiveDate >= terms.TerminationDate)
            node.Error("termination_date", "must be after the effective date");
        if (terms.Floating.FirstPeriodEndDate <= terms.EffectiveDate)
            floatingNode?.Error("first_period_end_date", "must be after the effective date");
        return terms;
    }

    private static BusinessDayAdjustment ReadAdjustment(TermsNode? node)
    {
        if (node is null) return new BusinessDayAdjustment(BusinessDayConvention.Following, HolidayCalendars.Usny);
        var adjustment = new BusinessDayAdjustment(
            node.Required("convention", TermsParsers.Convention, BusinessDayConvention.Following),
            node.Required("calendar", TermsParsers.Calendar, HolidayCalendars.Usny));
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

    private static FloatingLegTerms ReadFloating(TermsNode? node, IReadOnlyList<Party> parties)
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
        var ceiling = node.OptionalDecimal("ceiling_percent");
        var dayCount = node.Required("day_count", TermsParsers.DayCount, DayCount.Act360);
        var firstPeriodEnd = node.RequiredDate("first_period_end_date");
        var periodEnds = ReadAdjustment(node.RequiredSection("period_end_adjustment"));
        var paymentDays = node.RequiredInt("payment_offset_business_days");
        // The deal file writes the fixing lag as days before the reset; the offset counts back.
        var fixingDaysBefore = node.RequiredInt("fixing_offset_business_days");
        var fixingCalendar = node.Required("fixing_calendar", TermsParsers.Calendar, HolidayCalendars.Gblo);
        var floating = new FloatingLegTerms(
            payer, index, floatingRateOption, designatedMaturity, ceiling, dayCount, firstPeriodEnd, periodEnds,
            new BusinessDayOffset(paymentDays, periodEnds.Calendar),
            new BusinessDayOffset(-fixingDaysBefore, fixingCalendar));
        node.RejectUnknownKeys();
        return floating;
    }
}
