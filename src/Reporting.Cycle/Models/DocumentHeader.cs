using NodaTime;
using Reporting.Deals;

namespace Reporting.Cycle.Models;

/// <summary>What every document model starts with: the document's identity and the deal it belongs to.</summary>
/// <param name="Banner">Why every page carries a banner: the deal's data is invented (<c>hypothetical</c>,
/// <c>synthetic</c>); null for a real deal. <c>documents/_banner.sbn</c> words it.</param>
public sealed record DocumentHeader(string Title, string Subject, string Keywords, LocalDate Date, string Reference, string? Banner)
{
    /// <summary>
    /// The date the document's information is as of: it uses no input fact dated after it. Every
    /// document of a run is planned as known on its own date, so this is the date it bears
    /// (docs/run-output.md, "Information as of"); the running footer prints it.
    /// </summary>
    public LocalDate InformationAsOf { get; init; }

    /// <param name="title">The title, subject and keywords <c>documents/titles.sbn</c> worded for the document.</param>
    public static DocumentHeader For(DealTerms terms, DocumentTitle title, LocalDate date, string reference) =>
        new(title.Title, title.Subject, title.Keywords, date, reference, BannerFor(terms.Info)) { InformationAsOf = date };

    /// <summary>The facts a document of <paramref name="kind"/> of this deal is titled by; the planner adds its own.</summary>
    public static TitleFacts Facts(DealTerms terms, string kind) => new(kind, terms.Info.Id, terms.Info.Name);

    public static string? BannerFor(DealInfo info) => info.Scenario is "hypothetical" or "synthetic" ? info.Scenario : null;
}

/// <summary>The deal as a document names it.</summary>
public sealed record DealModel(string Id, string Name, string Scenario, string? Description)
{
    public static DealModel From(DealInfo info) => new(info.Id, info.Name, info.Scenario, info.Description);
}

/// <summary>A reading taken where a contract is ambiguous, for the Interpretations note (<c>documents/_reading.sbn</c> words it).</summary>
/// <param name="Clause">The clause it concerns as the deal's contracts number it; null when the deal gives none.</param>
/// <param name="Purchase">For a reading of the optional purchase clause of a deal whose clause is not of the standard
/// shape, the clause's own terms to word it by; null otherwise.</param>
public sealed record InterpretationModel(string Key, string Choice, bool Configurable, PurchaseClauseModel? Purchase = null, string? Clause = null)
{
    public static IReadOnlyList<InterpretationModel> From(Interpretations interpretations, Func<string, bool> relevant,
        Reporting.Loans.OptionalPurchaseTerms? purchase = null)
    {
        var clause = purchase is null || Reporting.Loans.LoanReadings.HasStandardShape(purchase) ? null : PurchaseClauseModel.From(purchase);
        return interpretations.Items.Where(i => relevant(i.Key))
            .Select(i => new InterpretationModel(i.Key, i.Choice, i.Configurable,
                i.Key.StartsWith("loans.", StringComparison.Ordinal) ? clause : null, i.Clause)).ToArray();
    }
}

/// <summary>The terms of an optional purchase clause its readings are worded by.</summary>
/// <param name="Reference">The clause as reports cite it; null when the deal gives none.</param>
/// <param name="Method"><c>days</c>, <c>mba</c> or <c>ots</c>.</param>
/// <param name="Payments">The monthly payments left unpaid the threshold stands for, under MBA or OTS counting.</param>
public sealed record PurchaseClauseModel(string? Reference, int ThresholdDays, string Method, int Payments,
    bool MeasuredOnPurchaseDate, bool AddsAdvances, bool AddsServicingAdvances)
{
    public static PurchaseClauseModel From(Reporting.Loans.OptionalPurchaseTerms terms) => new(
        terms.Reference, terms.DelinquencyThresholdDays, terms.Delinquency.Name,
        terms.DelinquencyThresholdDays / Reporting.Loans.DelinquencyMethod.DaysPerMonth,
        terms.DelinquentOnPurchaseDate, terms.PriceAddsAdvances, terms.PriceAddsServicingAdvances);
}
