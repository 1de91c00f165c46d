using System.Text.RegularExpressions;
using Reporting.Inputs;

namespace Reporting.Deals;

/// <summary>
/// A deal's id names folders (<c>output/ID/</c>, <c>archive/ID/</c>), so it must be a safe slug:
/// lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters (the
/// pattern of <c>schemas/deal.schema.json</c>). It can never be empty, absolute, contain a
/// separator or a dot, so it cannot climb out of its folder.
/// </summary>
public static partial class DealIds
{
    public const int MaxLength = 64;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    public static bool IsSafe(string id) => id.Length <= MaxLength && Slug().IsMatch(id);

    /// <summary>Reads <c>id:</c>, recording a located error when it is missing or not a safe slug.</summary>
    public static string Read(TermsNode root)
    {
        var id = root.RequiredString("id");
        if (root.Has("id") && !IsSafe(id))
            root.Error("id", $"'{Shorten(id)}' is not a deal id (expected lower-case letters, digits and '-', starting with a letter or digit, at most {MaxLength} characters, e.g. gmacm-2006-he3)");
        return id;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
