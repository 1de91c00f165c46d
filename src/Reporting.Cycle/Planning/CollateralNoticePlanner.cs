using Reporting.Deals;
using Reporting.Collateral;
using Reporting.Cycle.Models;

namespace Reporting.Cycle.Planning;

/// <summary>
/// Collateral call and return notices under the Credit Support Annex: one for each Valuation
/// Date whose Delivery or Return Amount is due, dated on its notification day (the Local
/// Business Day after the Valuation Date), in the month that day falls in. A Delivery Amount is
/// called by the Secured Party from the Pledgor; a Return Amount is requested by the Pledgor.
/// </summary>
public sealed class CollateralNoticePlanner : IOutputPlanner
{
    public IEnumerable<PlannedOutput> Plan(RunContext context)
    {
        if (context.Collateral is null) yield break;
        var data = context.Collateral;
        var deal = context.Terms;
        var secured = deal.FindParty(data.Terms.SecuredParty)!;
        var pledgor = deal.FindParty(data.Terms.Pledgor)!;
        var agent = PartyModel.From(deal.FindParty(data.Terms.ValuationAgent)!);
        var readings = InterpretationModel.From(deal.Interpretations, k => k.StartsWith("collateral.", StringComparison.Ordinal));

        // A Valuation Date late in the previous month can have its notification day in this one:
        // the results hold the valuations from a week before the month.
        foreach (var valuation in context.Results.Valuations)
        {
            if (!context.Contains(valuation.NotificationDate)) continue;
            var model = ValuationModel.From(valuation, data.Terms);
            if (valuation.DeliveryAmount is > 0m)
            {
                foreach (var o in Notice(context, "collateral-call", secured, pledgor, TransferDirection.Delivery, agent, model, readings))
                    yield return o;
            }
            if (valuation.ReturnAmount is > 0m)
            {
                foreach (var o in Notice(context, "collateral-return", pledgor, secured, TransferDirection.Return, agent, model, readings))
                    yield return o;
            }
        }
    }

    /// <summary>The letter, and the desk's working memo beside it (the valuation's exceptions and readings stay there).</summary>
    private static IEnumerable<PlannedOutput> Notice(RunContext context, string kind, Party senderParty, Party addresseeParty,
        TransferDirection direction, PartyModel agent, ValuationModel valuation, IReadOnlyList<InterpretationModel> readings)
    {
        var deal = context.Terms;
        var sender = PartyModel.From(senderParty);
        var addressee = PartyModel.From(addresseeParty);
        // The templates choose their wording by these words.
        var directionName = direction == TransferDirection.Delivery ? "delivery" : "return";
        var date = valuation.NotificationDate;
        var notice = NoticeEngine.For(deal, kind, senderParty, addresseeParty);
        var title = context.Titles.For(DocumentHeader.Facts(deal, kind) with { On = valuation.ValuationDate });
        var header = DocumentHeader.For(deal, title, date,
            $"{deal.Info.Id.ToUpperInvariant()}/{(direction == TransferDirection.Delivery ? "CALL" : "RET")}/{valuation.ValuationDate:yyyyMMdd}");
        var model = new CollateralNoticeModel(header, DealModel.From(deal.Info), sender, addressee, notice, directionName, agent, valuation);
        var fileName = $"{kind}-{valuation.ValuationDate:yyyy-MM-dd}.pdf";
        yield return Planned.Pdf(kind, fileName, "documents/collateral-notice.sbn", title.Title, date, addressee.Name, model, model);
        yield return NoticeMemo.Beside(context, kind, fileName, header, sender, addressee, notice, valuation.Exceptions, readings);
    }
}
