using Reporting.Cycle.Models;

namespace Reporting.Cycle.Planning;

/// <summary>
/// The desk's internal working memo rendered beside each letter to the other side: how the
/// letter travels and to whom, what must be cleared before it is sent, and the readings its
/// figures rest on. Letters leave these out; the memo keeps them.
/// </summary>
internal static class NoticeMemo
{
    public static PlannedOutput Beside(RunContext context, string letterKind, string letterFileName, DocumentHeader letter,
        PartyModel sender, PartyModel addressee, NoticeModel notice, IReadOnlyList<ValuationExceptionModel> findings,
        IReadOnlyList<InterpretationModel> readings)
    {
        var deal = context.Terms;
        var title = context.Titles.For(DocumentHeader.Facts(deal, "notice-memo") with
        {
            LetterKind = letterKind, LetterTitle = letter.Title, LetterReference = letter.Reference,
        });
        var model = new NoticeMemoModel(
            DocumentHeader.For(deal, title, letter.Date, $"{letter.Reference}/MEMO"),
            DealModel.From(deal.Info),
            new LetterModel(letterKind, letter.Title, letter.Reference, letter.Date),
            sender, addressee, notice, findings, readings);
        var fileName = Path.GetFileNameWithoutExtension(letterFileName) + "-memo.pdf";
        return Planned.Pdf("notice-memo", fileName, "documents/notice-memo.sbn", title.Title, letter.Date, sender.Name, model, model);
    }
}
