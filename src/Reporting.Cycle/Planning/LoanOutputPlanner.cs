using Reporting.Cycle.Models;
using Reporting.Loans;

namespace Reporting.Cycle.Planning;

/// <summary>
/// The optional-purchase outputs of a loan deal, each month: the eligibility report for the
/// Master Servicer and the Trustee, and the loan eligibility workbook, both as of the month's
/// last Business Day of the deal's calendar.
/// </summary>
public sealed class LoanOutputPlanner : IOutputPlanner
{
    public IEnumerable<PlannedOutput> Plan(RunContext context)
    {
        if (context.Terms.OptionalPurchase is not { } terms) yield break;
        // Both outputs are dated, and known as of, the month's last Business Day of the deal's calendar.
        var eligibilityDate = terms.BusinessDayCalendar.PreviousOrSame(context.LastDay);
        if (context.AsOf(eligibilityDate).Results.Loans is not { } report) yield break;
        var deal = context.Terms;
        var asOf = report.AsOf;
        if (report.LatestTapeDate is null) yield break; // no tape yet: nothing to report on

        var purchaser = PartyModel.From(deal.FindParty(terms.Purchaser)!);
        var trustee = PartyModel.From(deal.Parties.FirstOrDefault(p => p.Role == "trustee") ?? deal.Parties[0]);
        var rows = report.Loans.Select(LoanRowModel.From).ToArray();
        // Selected by the engine's typed status; the rows carry only its printed name.
        LoanRowModel[] RowsWith(LoanPurchaseStatus status) =>
            report.Loans.Select((loan, i) => (loan.Status, Row: rows[i])).Where(x => x.Status == status).Select(x => x.Row).ToArray();
        var counts = report.CountsByStatus.Select(c => new StatusCountModel(LoanRowModel.StatusName(c.Status), c.Count)).ToArray();
        var readings = InterpretationModel.From(deal.Interpretations, k => k.StartsWith("loans.", StringComparison.Ordinal), terms);

        var clause = TermsModel(deal, terms);
        // The report goes to every holder of the option, and to the Trustee.
        var holders = string.Join("; ", clause.Purchasers.Select(p => p.Name));
        var title = context.Titles.For(DocumentHeader.Facts(deal, "eligibility-report") with { On = asOf });
        var model = new EligibilityReportModel(
            DocumentHeader.For(deal, title, asOf, $"{deal.Info.Id.ToUpperInvariant()}/OPT/{context.Period}"),
            DealModel.From(deal.Info), purchaser, trustee, terms.Reference, asOf, report.LatestTapeDate,
            terms.BusinessDayCalendar.Name, terms.DelinquencyThresholdDays, counts, rows.Length,
            RowsWith(LoanPurchaseStatus.InWindow).OrderBy(r => r.WindowEnd).ThenBy(r => r.LoanId, StringComparer.Ordinal).ToArray(),
            RowsWith(LoanPurchaseStatus.AwaitingWindow).OrderBy(r => r.WindowStart).ThenBy(r => r.LoanId, StringComparer.Ordinal).ToArray(),
            RowsWith(LoanPurchaseStatus.Lapsed).Where(r => r.WindowEnd is { } end && context.Contains(end.PlusDays(1))).ToArray(),
            rows.Where(r => r.PurchaseDate is { } d && context.Contains(d)).OrderBy(r => r.PurchaseDate).ToArray(),
            RowsWith(LoanPurchaseStatus.PurchaseException),
            readings,
            terms.WindowOpens.Days, -terms.WindowCloses.Days, clause);
        yield return Planned.Pdf("eligibility-report", $"eligibility-report-{context.Period}.pdf", "documents/eligibility-report.sbn",
            title.Title, asOf, $"{holders}; {trustee.Name}", model, model);

        // The workbook lists the loans that matter to the option: every loan 90+ at some point,
        // and every purchase. Loans never delinquent are counted, not listed.
        var listed = rows.Where(r => r.Episode is not null || r.PurchaseDate is not null).ToArray();
        var workbookTitle = context.Titles.For(DocumentHeader.Facts(deal, "loan-eligibility") with { On = asOf });
        var workbook = new LoanWorkbookModel(
            DocumentHeader.For(deal, workbookTitle, asOf, $"{deal.Info.Id.ToUpperInvariant()}/OPTWB/{context.Period}"),
            DealModel.From(deal.Info), purchaser.Name, asOf, report.LatestTapeDate, terms.DelinquencyThresholdDays,
            report.Rules.Price == PurchasePriceFormula.NetRate, listed, clause);
        yield return Planned.Xlsx("loan-eligibility", $"loan-eligibility-{context.Period}.xlsx", "workbooks/loan-eligibility.sbn",
            workbookTitle.Title, asOf, holders, workbook);
    }

    /// <summary>The clause's shape as codes (the templates word them).</summary>
    internal static PurchaseTermsModel TermsModel(Reporting.Deals.DealTerms deal, OptionalPurchaseTerms terms) => new(
        terms.Window switch
        {
            PurchaseWindowKind.AnyTime => "any-time",
            PurchaseWindowKind.MonthAfterCrossing => "month-after-crossing",
            _ => "quarter-after-crossing",
        },
        terms.Delinquency.Name,
        terms.DelinquentOnPurchaseDate,
        terms.Purchasers.Select(p => new PurchaserModel(p.Party, deal.FindParty(p.Party)?.Name ?? p.Party, p.ExclusiveDays)).ToArray(),
        terms.PriceAddsAdvances,
        terms.PriceAddsServicingAdvances,
        terms.Release,
        terms.ReleaseSection);
}
