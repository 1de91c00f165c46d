using Reporting.Deals;
using Reporting.Inputs;

namespace Reporting.Ratings;

/// <summary>A CSV column whose value must be the key of a party of the deal (INPUTS.md: entities are party keys).</summary>
internal static class EntityColumn
{
    public static string Read(CsvRow row, string column, IReadOnlyList<Party> parties)
    {
        var text = row.Text(column);
        var party = parties.FirstOrDefault(p => string.Equals(p.Key, text, StringComparison.OrdinalIgnoreCase));
        if (party is not null) return party.Key;
        row.Error(column, text.Length == 0
            ? $"a party key is required (one of {string.Join(", ", parties.Select(p => p.Key))})"
            : $"'{text}' is not a party of this deal (expected one of {string.Join(", ", parties.Select(p => p.Key))})");
        return text;
    }
}
