using System.Text.RegularExpressions;

namespace Reporting.Ratings;

/// <summary>
/// Finds the ratings events a free-text reference names: "Ratings Event II notice" names II,
/// "Ratings Events I and II" names both, "letter of 2007-03-05" names none. An event the deal
/// gives a full name ("Moody's Second Trigger Ratings Event") is also named by that name.
/// </summary>
public static partial class EventReference
{
    [GeneratedRegex(@"\bEvents?\s+([A-Za-z0-9]+(?:\s*(?:,|\band\b|&|/)\s*[A-Za-z0-9]+)*)", RegexOptions.IgnoreCase)]
    private static partial Regex EventList();

    [GeneratedRegex(@"\s*(?:,|\band\b|&|/)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    /// <summary>The ids among <paramref name="knownIds"/> that the reference names, in the deal's spelling.</summary>
    /// <param name="names">The events' full names, in the order of <paramref name="knownIds"/>; a name counts as a whole phrase.</param>
    public static IReadOnlyList<string> Parse(string reference, IReadOnlyList<string> knownIds, IReadOnlyList<string>? names = null)
    {
        var named = new List<string>();
        for (int i = 0; names is not null && i < names.Count && i < knownIds.Count; i++)
        {
            var phrase = new Regex(@"(?<![A-Za-z0-9])" + Regex.Escape(names[i]) + @"(?![A-Za-z0-9])", RegexOptions.IgnoreCase);
            if (phrase.IsMatch(reference) && !named.Contains(knownIds[i])) named.Add(knownIds[i]);
        }
        foreach (Match match in EventList().Matches(reference))
        {
            foreach (var token in Separator().Split(match.Groups[1].Value))
            {
                var id = knownIds.FirstOrDefault(k => string.Equals(k, token, StringComparison.OrdinalIgnoreCase));
                if (id is not null && !named.Contains(id)) named.Add(id);
            }
        }
        return named;
    }
}
