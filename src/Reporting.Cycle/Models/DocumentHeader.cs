using NodaTime;
using Reporting.Deals;

namespace Reporting.Cycle.Models;

/// <summary>What every document model starts with: the document's identity and the deal it belongs to.</summary>
/// <param name="Banner">Why every page carries a banner: the deal's data is invented (<c>hypothetical</c>,
/// <c>synthetic</c>); null for a real deal. <c>documents/_banner.sbn</c> words it.</param>
public sealed record DocumentHeader(string Title, string Subject, string Keywords, LocalDate Date, string Reference, string? Banner)
{
    public static DocumentHeader For(DealTerms terms, string title, string subject, LocalDate date, string reference, params string[] keywords) =>
        new(title, subject, string.Join(", ", keywords.Append(terms.Info.Id)), date, reference, BannerFor(terms.Info));

    public static string? BannerFor(DealInfo info) => info.Scenario is "hypothetical" or "synthetic" ? info.Scenario : null;
}

/// <summary>The deal as a document names it.</summary>
public sealed record DealModel(string Id, string Name, string Scenario, string? Description)
{
    public static DealModel From(DealInfo info) => new(info.Id, info.Name, info.Scenario, info.Description);
}

/// <summary>A reading taken where a contract is ambiguous, for the Interpretations note (<c>documents/_reading.sbn</c> words it).</summary>
public sealed record InterpretationModel(string Key, string Choice, bool Configurable)
{
    public static IReadOnlyList<InterpretationModel> From(Interpretations interpretations, Func<string, bool> relevant) =>
        interpretations.Items.Where(i => relevant(i.Key))
            .Select(i => new InterpretationModel(i.Key, i.Choice, i.Configurable)).ToArray();
}
