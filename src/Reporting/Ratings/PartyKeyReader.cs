using Reporting.Deals;
using Reporting.Inputs;

namespace Reporting.Ratings;

/// <summary>Reads a key whose value must name a party of the deal (as <c>parties:</c> keys them).</summary>
internal static class PartyKeyReader
{
    public static string Read(TermsNode node, string key, IReadOnlyList<Party> parties)
    {
        var value = node.RequiredString(key);
        if (value.Length > 0 && !parties.Any(p => p.Key == value))
        {
            node.Error(key, $"'{value}' is not a party of this deal (parties: {string.Join(", ", parties.Select(p => p.Key))})");
        }
        return value;
    }
}
