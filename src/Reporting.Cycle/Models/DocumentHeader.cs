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

    public static DocumentHeader For(DealTerms terms, string title, string subject, LocalDate date, string reference, params string[] keywords) =>
        new(title, subject, string.Join(", ", keywords.Append(terms.Info.Id)), date, reference, BannerFor(terms.Info)) { InformationAsOf = date };

    public static string? BannerFor(DealInfo info) => info.Scenario is "hypothetical" or "synthetic" ? info.Scenario : null;
}

/// <summary>The deal as a document names it.</summary>
public sealed record DealModel(string Id, string Name, string Scenario, string? Description)
{
    public static DealModel From(DealInfo info) => new(info.Id, info.Name, info.Scenario, info.Description);
}

/// <summary>A reading taken where a contract is ambiguous, as the Interpretations note prints it.</summary>
public sealed record InterpretationModel(string Key, string Source, string Text, bool Configurable)
{
    public static IReadOnlyList<InterpretationModel> From(Interpretations interpretations, Func<string, bool> relevant) =>
        interpretations.Items.Where(i => relevant(i.Key))
            .Select(i => new InterpretationModel(i.Key, i.Source, i.Text, i.Configurable)).ToArray();
}
