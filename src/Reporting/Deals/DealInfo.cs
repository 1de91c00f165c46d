namespace Reporting.Deals;

/// <summary>What a deal is called and whether its data is real.</summary>
/// <param name="Id">Folder-style identifier, e.g. <c>gmacm-2006-he3</c>; names the output folder.</param>
/// <param name="Name">The deal's full name as documents print it.</param>
/// <param name="Scenario">
/// <c>actual</c> for a deal's real terms and data; <c>hypothetical</c> or <c>synthetic</c> for
/// invented data, which every document then marks with a banner on each page.
/// </param>
/// <param name="Description">One or two sentences for the reader of a report.</param>
public sealed record DealInfo(string Id, string Name, string Scenario, string? Description)
{
    public static readonly IReadOnlyList<string> Scenarios = new[] { "actual", "hypothetical", "synthetic" };

    public bool IsInvented => Scenario != "actual";
}
