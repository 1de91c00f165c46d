using Reporting.Inputs;

namespace Reporting.Deals;

/// <summary>Keys of the terms file whose value must name a party of the deal (as <c>parties:</c> keys them).</summary>
public static class PartyKeys
{
    /// <summary>Reads a required key and checks that it names a party.</summary>
    public static string Read(TermsNode node, string key, IReadOnlyList<Party> parties)
    {
        var value = node.RequiredString(key);
        Check(node, key, value, parties);
        return value;
    }

    /// <summary>Records an error at <paramref name="key"/> when <paramref name="value"/> names no party.</summary>
    public static void Check(TermsNode node, string key, string value, IReadOnlyList<Party> parties)
    {
        if (value.Length > 0 && !parties.Any(p => p.Key == value))
        {
            node.Error(key, $"'{value}' is not a party of this deal (parties: {string.Join(", ", parties.Select(p => p.Key))})");
        }
    }
}
