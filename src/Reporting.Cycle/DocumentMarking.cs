using NodaTime;
using Reporting.Templating;
using Scriban.Runtime;

namespace Reporting.Cycle;

/// <summary>
/// Where a document stands in its lifecycle, as the templates print it (<c>lifecycle</c> beside the
/// model): a run's documents are drafts, watermarked DRAFT on every page; an issued document has no
/// mark; an issued amendment names the document it amends and supersedes, and why. Kept out of the
/// model so results.json (the figures) is the same for the draft and the document issued from it.
/// </summary>
public sealed record DocumentMarking(bool Draft, Amendment? Amends)
{
    public static DocumentMarking ForDraft { get; } = new(true, null);

    public static DocumentMarking Issued { get; } = new(false, null);

    /// <summary>Adds <c>lifecycle</c> to a template model.</summary>
    public ScriptObject AddTo(ScriptObject model)
    {
        var lifecycle = new ScriptObject { ["draft"] = Draft, ["amends"] = null };
        if (Amends is { } amends)
        {
            lifecycle["amends"] = new ScriptObject
            {
                ["reference"] = amends.Reference,
                ["date"] = amends.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["reason"] = amends.Reason,
            };
        }
        model["lifecycle"] = lifecycle;
        return model;
    }
}

/// <summary>The issued document an amendment amends and supersedes: its reference and date, and the reason given.</summary>
public sealed record Amendment(string Reference, LocalDate Date, string Reason);
