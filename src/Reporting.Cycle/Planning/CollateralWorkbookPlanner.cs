using Reporting.Cycle.Models;

namespace Reporting.Cycle.Planning;

/// <summary>
/// The collateral valuation workbook: every Valuation Date of the month on its own sheet, the
/// Credit Support Annex working as live formulas over the inputs, and a summary of the month.
/// Dated, and known as of, the month's last New York business day, as the trustee statement and the
/// cap workbook are, so its Transfers sheet says what the statement says of each call; addressed
/// to the Secured Party, for whose protection the figures are kept.
/// </summary>
public sealed class CollateralWorkbookPlanner : IOutputPlanner
{
    public IEnumerable<PlannedOutput> Plan(RunContext context)
    {
        if (context.Collateral is null) yield break;
        var data = context.Collateral;
        var valuations = context.Results.Valuations.Where(v => context.Contains(v.ValuationDate)).ToArray();
        if (valuations.Length == 0) yield break;

        var deal = context.Terms;
        var date = StatementDates.LastBusinessDay(context);
        string NameOf(string key) => deal.FindParty(key)?.Name ?? key;
        var secured = NameOf(data.Terms.SecuredParty);
        var agent = NameOf(data.Terms.ValuationAgent);
        var title = context.Titles.For(DocumentHeader.Facts(deal, "collateral-valuation") with { Month = context.FirstDay });
        var model = new CollateralWorkbookModel(
            DocumentHeader.For(deal, title, date, $"{deal.Info.Id.ToUpperInvariant()}/CV/{context.Period}"),
            DealModel.From(deal.Info),
            agent,
            secured,
            NameOf(data.Terms.Pledgor),
            agent,
            valuations.Select(v => ValuationSheetModel.From(v, data.Terms)).ToArray())
        {
            Ledger = context.Results.Ledger is { } ledger ? WorkbookLedgerModel.From(ledger, context.Contains) : null,
        };
        yield return Planned.Xlsx("collateral-valuation", $"collateral-valuation-{context.Period}.xlsx",
            "workbooks/collateral-valuation.sbn", title.Title, date, secured, model);
    }
}
