using Reporting.Cap;
using NodaTime;
using Reporting.Cycle.Models;

namespace Reporting.Cycle.Planning;

/// <summary>
/// One trustee statement a month for every deal. A cap deal's statement is dated on the month's
/// Payment Date (the statement accompanies the payment); otherwise on the month's last business day.
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
        var parts = new StatementParts(cap, null, null, null, new List<string>());
        foreach (var source in _sources) parts = source.Contribute(context, parts);
        if (terms.RatingsDowngrade is not null && context.Ratings is null)
        {
            parts.Exceptions.Add("The deal has ratings downgrade provisions but no rating history: ratings events and collateral are not evaluated.");
        }
        foreach (var p in missingFixings)
        {
            parts.Exceptions.Add($"Cap period {p.Number}: no rate published for the fixing date {p.FixingDate:yyyy-MM-dd}; the amount is undetermined (not zero).");
        }

        var title = $"Monthly Trustee Statement, {MonthName(context.Month)}";
        var reference = $"{terms.Info.Id.ToUpperInvariant()}/TS/{context.Period}";
        var model = new TrusteeStatementModel(
            DocumentHeader.For(terms, title, $"Trustee statement for {terms.Info.Name}", date, reference, "trustee statement"),
            DealModel.From(terms.Info),
            PartyModel.From(trustee),
            new StatementPeriod(context.FirstDay, context.LastDay),
            StatementSections.For(parts.Cap is not null, parts.Ratings is not null, parts.Collateral is not null, parts.Loans is not null),
            parts.Cap, parts.Ratings, parts.Collateral, parts.Loans,
            parts.Exceptions,
            NoticeExceptionsUpTo(context, date),
            InterpretationModel.From(
                terms.OptionalPurchase is { } purchase ? Reporting.Loans.LoanReadings.ForClause(terms.Interpretations, purchase) : terms.Interpretations,
                key => Relevant(key, parts)));
        yield return Planned.Pdf("trustee-statement", $"trustee-statement-{context.Period}.pdf", "documents/trustee-statement.sbn",
            title, date, trustee.Name, model, model);
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
        // The statement speaks as of its own date: the month's Payment Date when there is one.
        var periods = context.Results.CapAtStatementDate!;
        var current = periods.FirstOrDefault(p => context.Contains(p.PaymentDate));
        var toDate = periods.Where(p => p.PaymentDate <= context.LastDay).ToArray();
        missingFixings = toDate.Where(p => p.Status == CapPeriodStatus.MissingFixing).ToArray();
        var ledger = context.Results.LedgerAtStatementDate; // "paid" means received when the deal keeps transfers
        var toDateModels = toDate.Select(p => LedgerView.WithSettlement(CapPeriodModel.From(p, terms), ledger)).ToArray();
        var payer = context.Terms.FindParty(terms.Floating.Payer)?.Name ?? terms.Floating.Payer;
        return new CapSection(payer, $"{terms.Floating.FloatingRateOption} {terms.Floating.DesignatedMaturity}", terms.Floating.DayCount.Name,
            current is null ? null : LedgerView.WithSettlement(CapPeriodModel.From(current, terms), ledger), toDateModels, toDateModels.Sum(p => p.Amount ?? 0m));
    }

    private static string MonthName(YearMonth month) =>
        new LocalDate(month.Year, month.Month, 1).ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
