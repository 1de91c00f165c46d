using Reporting.Cycle.Models;

namespace Reporting.Cycle.Planning;

/// <summary>The cap schedule workbook, every month of the cap's life, with the periods as known on the month's last business day (its date, the statement's).</summary>
public sealed class CapWorkbookPlanner : IOutputPlanner
{
    public IEnumerable<PlannedOutput> Plan(RunContext context)
    {
        if (context.Cap is null) yield break;
        var terms = context.Cap.Terms;
        if (context.LastDay < terms.EffectiveDate || context.FirstDay > terms.AdjustedTerminationDate) yield break;

        var date = Planning.StatementDates.LastBusinessDay(context);
        var periods = context.Results.Cap!.Select(p => LedgerView.WithSettlement(CapPeriodModel.From(p, terms), context.Results.Ledger)).ToArray();
        var title = context.Titles.For(DocumentHeader.Facts(context.Terms, "cap-schedule") with { On = date });
        var calculationAgent = context.Terms.FindParty(terms.CalculationAgent)?.Name ?? terms.CalculationAgent;
        var model = new CapWorkbookModel(
            DocumentHeader.For(context.Terms, title, date, $"{context.Terms.Info.Id.ToUpperInvariant()}/CS/{context.Period}"),
            DealModel.From(context.Terms.Info),
            calculationAgent,
            $"{terms.Floating.FloatingRateOption} {terms.Floating.DesignatedMaturity}",
            terms.Floating.CeilingPercent,
            terms.Floating.DayCount.Basis,
            periods)
        {
            CeilingPerPeriod = context.Cap.Schedule.Any(l => l.CeilingPercent is not null),
        };
        yield return Planned.Xlsx("cap-schedule", $"cap-schedule-{context.Period}.xlsx", "workbooks/cap-schedule.sbn",
            title.Title, date, calculationAgent, model);
    }
}
