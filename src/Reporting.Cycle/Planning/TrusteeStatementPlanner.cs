using Reporting.Cap;
using NodaTime;
using Reporting.Cycle.Models;

namespace Reporting.Cycle.Planning;

/// <summary>
/// One trustee statement a month for every deal, dated the month's last New York business day and
/// known as of that day: it covers the whole month (the Payment Date, every Valuation Date and
/// transfer), and the cap and collateral workbooks of the run are dated and known on the same day.
/// </summary>
public sealed class TrusteeStatementPlanner : IOutputPlanner
{
    private readonly IReadOnlyList<IStatementSectionSource> _sources;

    public TrusteeStatementPlanner(IReadOnlyList<IStatementSectionSource> sources) => _sources = sources;

    public IEnumerable<PlannedOutput> Plan(RunContext context)
    {
        var terms = context.Terms;
        var trustee = terms.Parties.FirstOrDefault(p => p.Role is "counterparty" or "trustee") ?? terms.Parties[0];
        var cap = CapPart(context, out var missingFixings);
        if (context.Cap is not null && cap!.ToDate.Count == 0) yield break; // before the cap's first period, nothing to state

        var date = context.Results.StatementDate;
        var parts = new StatementParts(cap, null, null, null, new List<object>());
        foreach (var source in _sources) parts = source.Contribute(context, parts);
        if (terms.RatingsDowngrade is not null && context.Ratings is null)
        {
            parts.Exceptions.Add(new NoRatingHistoryException());
        }
        foreach (var p in missingFixings)
        {
            parts.Exceptions.Add(new MissingFixingException(p.Number, p.FixingDate));
        }

        var title = context.Titles.For(DocumentHeader.Facts(terms, "trustee-statement") with { Month = context.FirstDay });
        var reference = $"{terms.Info.Id.ToUpperInvariant()}/TS/{context.Period}";
        var model = new TrusteeStatementModel(
            DocumentHeader.For(terms, title, date, reference),
            DealModel.From(terms.Info),
            PartyModel.From(trustee),
            new StatementPeriod(context.FirstDay, context.LastDay),
            StatementSections.For(parts.Cap is not null, parts.Ratings is not null, parts.Collateral is not null, parts.Loans is not null),
            parts.Cap, parts.Ratings, parts.Collateral, parts.Loans,
            parts.Exceptions,
            NoticeExceptionsUpTo(context, date),
            InterpretationModel.From(terms.Interpretations, key => Relevant(key, parts), terms.OptionalPurchase));
        yield return Planned.Pdf("trustee-statement", $"trustee-statement-{context.Period}.pdf", "documents/trustee-statement.sbn",
            title.Title, date, trustee.Name, model, model);
    }

    /// <summary>
    /// What keeps the month's letters dated up to the statement's date from going out as the notice
    /// clause requires (a Rating Agency with no notice address): the statement lists it.
    /// </summary>
    private static IReadOnlyList<NoticeExceptionModel> NoticeExceptionsUpTo(RunContext context, LocalDate date)
    {
        var letters = new IOutputPlanner[] { new RatingsNoticePlanner(), new CollateralNoticePlanner() }
            .SelectMany(p => p.Plan(context))
            .Where(o => o.DocumentDate <= date && o.Kind != "notice-memo")
            .Select(o => o.Kind);
        return NoticeEngine.ExceptionsOf(context.Terms, letters);
    }

    /// <summary>The readings behind the sections the statement has: no note on rules it did not apply.</summary>
    private static bool Relevant(string key, StatementParts parts) => key.Split('.')[0] switch
    {
        "cap" => parts.Cap is not null,
        "ratings" => parts.Ratings is not null || parts.Collateral is not null,
        "collateral" => parts.Collateral is not null,
        "loans" => parts.Loans is not null,
        _ => true,
    };

    /// <param name="missingFixings">The periods to date whose fixing passed with no rate published.</param>
    private static CapSection? CapPart(RunContext context, out IReadOnlyList<CapPeriod> missingFixings)
    {
        missingFixings = [];
        if (context.Cap is null) return null;
        var terms = context.Cap.Terms;
        // The statement speaks as of its own date, the month's last business day.
        var periods = context.Results.Cap!;
        var current = periods.FirstOrDefault(p => context.Contains(p.PaymentDate));
        var toDate = periods.Where(p => p.PaymentDate <= context.LastDay).ToArray();
        missingFixings = toDate.Where(p => p.Status == CapPeriodStatus.MissingFixing).ToArray();
        var ledger = context.Results.Ledger; // "paid" means received when the deal keeps transfers
        var toDateModels = toDate.Select(p => LedgerView.WithSettlement(CapPeriodModel.From(p, terms), ledger)).ToArray();
        var payer = context.Terms.FindParty(terms.Floating.Payer)?.Name ?? terms.Floating.Payer;
        return new CapSection(payer, $"{terms.Floating.FloatingRateOption} {terms.Floating.DesignatedMaturity}", terms.Floating.DayCount.Name,
            current is null ? null : LedgerView.WithSettlement(CapPeriodModel.From(current, terms), ledger), toDateModels, toDateModels.Sum(p => p.Amount ?? 0m));
    }
}
