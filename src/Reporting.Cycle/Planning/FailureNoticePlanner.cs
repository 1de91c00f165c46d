using Reporting.Cycle.Models;
using Reporting.Ledger;

namespace Reporting.Cycle.Planning;

/// <summary>
/// A notice of failure to transfer for each Transfer under the Credit Support Annex not made in
/// full when due, dated the day the notice is given (the Local Business Day after the due date),
/// from the party owed to the party that failed. None when the amount arrived by then.
/// </summary>
public sealed class FailureNoticePlanner : IOutputPlanner
{
    public IEnumerable<PlannedOutput> Plan(RunContext context)
    {
        var annex = context.Terms.CreditSupportAnnex;
        if (context.Results.Ledger is not { } ledger || context.Collateral is null || annex is null) yield break;
        var deal = context.Terms;
        var readings = InterpretationModel.From(deal.Interpretations, k => k == LedgerReadings.FailureToTransfer);

        // Every failure whose notice falls in the month is known by the month's end (its due date has
        // passed); the notice says what had arrived by its own date.
        foreach (var f in ledger.Failures.Where(f => context.Contains(f.NoticeDate) && (f.CuredOn is not { } c || c > f.NoticeDate)))
        {
            const string kind = "failure-to-transfer";
            var day = f.NoticeDate;
            var failing = deal.FindParty(f.FailingParty)!;
            var owedKey = f.FailingParty == annex.Pledgor ? annex.SecuredParty : annex.Pledgor;
            var owed = deal.FindParty(owedKey)!;
            var fileName = $"failure-to-transfer-{f.Obligation}-{f.Reference:yyyy-MM-dd}.pdf";
            var notice = NoticeEngine.For(deal, kind, owed, failing);
            var title = context.Titles.For(DocumentHeader.Facts(deal, kind) with { Obligation = f.Obligation, On = f.Reference });
            var header = DocumentHeader.For(deal, title, day,
                $"{deal.Info.Id.ToUpperInvariant()}/FTT/{f.Obligation.ToUpperInvariant()}/{f.Reference:yyyyMMdd}");
            var sender = PartyModel.From(owed);
            var addressee = PartyModel.From(failing);
            var model = new FailureNoticeModel(header, DealModel.From(deal.Info), sender, addressee, notice,
                f.Obligation, f.Reference, f.Amount, f.ReceivedByNotice, Math.Max(0m, f.Amount - f.ReceivedByNotice), f.DueDate, f.GraceEnd,
                annex.FailureToTransfer.Grace.Days, annex.FailureToTransfer.EventOfDefault);
            yield return Planned.Pdf(kind, fileName, "documents/failure-to-transfer-notice.sbn", title.Title, day, failing.Name, model, model);
            // The reading of a failure to transfer stays in the desk's memo, not in the letter.
            yield return NoticeMemo.Beside(context, kind, fileName, header, sender, addressee, notice, [], readings);
        }
    }
}
