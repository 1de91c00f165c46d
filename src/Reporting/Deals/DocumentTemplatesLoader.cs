using Reporting.Inputs;

namespace Reporting.Deals;

/// <summary>
/// Reads the <c>templates:</c> section, where a deal names its own template for an output kind
/// (its own legal text for the confirmation, say), as a path inside the templates folder.
/// </summary>
internal static class DocumentTemplatesLoader
{
    /// <summary>The output kinds of the monthly cycle, the keys this section accepts.</summary>
    public static readonly IReadOnlyList<string> OutputKinds = new[]
    {
        "confirmation", "ratings-event-notice", "collateral-demand", "termination-event-notice", "collateral-call",
        "collateral-return", "trustee-statement", "eligibility-report", "cap-schedule", "collateral-valuation", "loan-eligibility",
        "failure-to-transfer",
    };

    public static IReadOnlyDictionary<string, string> Read(TermsNode root)
    {
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        var section = root.OptionalSection("templates");
        if (section is null) return templates;
        foreach (var kind in section.Keys.ToList())
        {
            var path = section.RequiredString(kind);
            if (!OutputKinds.Contains(kind))
                section.Error(kind, $"not an output kind (expected one of {string.Join(", ", OutputKinds)})");
            else if (path.Length > 0 && (Path.IsPathRooted(path) || path.Split('/', '\\').Contains("..") || !path.EndsWith(".sbn", StringComparison.Ordinal)))
                section.Error(kind, $"'{path}' is not a template path inside the templates folder (expected e.g. deals/{{deal-id}}/{kind}.sbn)");
            else
                templates[kind] = path;
        }
        return templates;
    }
}
