using System.Globalization;
using Reporting.Cycle.Models;

namespace Reporting.Cycle.Planning;

/// <summary>
/// The cap confirmation, re-rendered from the deal terms, in the month its date falls in. The
/// ratings provisions and the Paragraph 13 elections come from sources that know those terms.
/// </summary>
public sealed class ConfirmationPlanner : IOutputPlanner
{
    private readonly Func<RunContext, ConfirmationRatings?> _ratings;
    private readonly Func<RunContext, ConfirmationAnnex?> _annex;

    public ConfirmationPlanner(Func<RunContext, ConfirmationRatings?> ratings, Func<RunContext, ConfirmationAnnex?> annex)
    {
        _ratings = ratings;
        _annex = annex;
    }

    public IEnumerable<PlannedOutput> Plan(RunContext context)
    {
        if (context.Cap is null || !context.Contains(context.Cap.Terms.ConfirmationDate)) yield break;
        var cap = context.Cap.Terms;
        var deal = context.Terms;
        var provider = deal.FindParty(cap.Floating.Payer)!;
        var counterparty = deal.FindParty(cap.Premium.Payer)!;
        var title = context.Titles.For(DocumentHeader.Facts(deal, "confirmation"));
        var model = new ConfirmationModel(
            DocumentHeader.For(deal, title, cap.ConfirmationDate, cap.Reference ?? $"{deal.Info.Id.ToUpperInvariant()}/CONF"),
            DealModel.From(deal.Info),
            PartyModel.From(provider),
            PartyModel.From(counterparty),
            new ConfirmationTerms(
                cap.Reference, cap.TradeDate, cap.EffectiveDate, cap.TerminationDate, AdjustmentModel.From(cap.TerminationAdjustment),
                Name(context, cap.Premium.Payer), cap.Premium.Amount, cap.Premium.Currency, cap.Premium.PaymentDate,
                Name(context, cap.Floating.Payer), cap.Floating.CeilingPercent, cap.Floating.FirstPeriodEndDate.Day,
                cap.Floating.FirstPeriodEndDate, AdjustmentModel.From(cap.Floating.PeriodEndAdjustment), cap.Floating.PaymentOffset.Days,
                cap.Floating.FloatingRateOption, cap.Floating.DesignatedMaturity, -cap.Floating.FixingOffset.Days,
                CalendarModel.From(cap.Floating.FixingOffset.Calendar), cap.Floating.DayCount.Name, CalendarModel.From(cap.Floating.PeriodEndAdjustment.Calendar),
                Name(context, cap.CalculationAgent))
            {
                PeriodEndRoll = cap.Floating.PeriodEnds.Roll switch
                {
                    Cap.PeriodEndRoll.DayOfMonth => "day-of-month",
                    Cap.PeriodEndRoll.EndOfMonth => "end-of-month",
                    _ => "listed",
                },
                AccrualUnadjusted = cap.Floating.AccrualDates == Cap.AccrualDates.Unadjusted,
                PaymentAdjustment = cap.Floating.PaymentAdjustment is { } pay ? AdjustmentModel.From(pay) : null,
                InitialRatePercent = cap.Floating.InitialRatePercent,
                CeilingPerPeriod = context.Cap.Schedule.Any(l => l.CeilingPercent is not null),
            },
            context.Cap.Schedule.Select(l => new ScheduleLineModel(l.PeriodStart, l.PeriodEnd, l.Notional, l.StrikePercent, l.CeilingPercent)).ToArray(),
            _ratings(context),
            _annex(context));
        yield return Planned.Pdf("confirmation", "confirmation.pdf", "documents/confirmation.sbn", title.Title, cap.ConfirmationDate,
            counterparty.Name, model, model);
    }

    private static string Name(RunContext context, string key) => context.Terms.FindParty(key)?.Name ?? key;
}
