using Reporting.Inputs;

namespace Reporting.Deals;

/// <summary>
/// Reads the <c>interpretations:</c> section, where a deal chooses another option of a
/// configurable reading, and resolves every known reading to its choice; and the
/// <c>reading_clauses:</c> section, where a deal cites the clause each reading concerns as its
/// own contracts number it (the next confirmation numbers its parts differently).
/// </summary>
internal static class InterpretationsLoader
{
    public static Interpretations Read(TermsNode root)
    {
        var overrides = new Dictionary<string, string>();
        var section = root.OptionalSection("interpretations");
        if (section is not null)
        {
            foreach (var key in section.Keys.ToList())
            {
                var definition = InterpretationCatalog.Find(key);
                if (definition is null)
                {
                    section.Error(key, $"unknown reading (known: {string.Join(", ", InterpretationCatalog.All.Select(d => d.Key))})");
                    continue;
                }
                var choice = section.OptionalChoice(key, definition.Options.Select(o => o.Choice).ToArray());
                if (choice is null) continue;
                if (!definition.Configurable && choice != definition.DefaultChoice)
                {
                    section.Error(key, "this reading is fixed and cannot be changed by a deal");
                    continue;
                }
                overrides[key] = choice;
            }
        }
        var clauses = ReadClauses(root);
        return new Interpretations(InterpretationCatalog.All
            .Select(d => d.Resolve(overrides.GetValueOrDefault(d.Key)) with { Clause = clauses.GetValueOrDefault(d.Key) })
            .ToArray());
    }

    private static Dictionary<string, string> ReadClauses(TermsNode root)
    {
        var clauses = new Dictionary<string, string>(StringComparer.Ordinal);
        var section = root.OptionalSection("reading_clauses");
        if (section is null) return clauses;
        foreach (var key in section.Keys.ToList())
        {
            var clause = section.RequiredString(key);
            if (InterpretationCatalog.Find(key) is null)
                section.Error(key, $"unknown reading (known: {string.Join(", ", InterpretationCatalog.All.Select(d => d.Key))})");
            else if (clause.Trim().Length == 0)
                section.Error(key, "expected the clause the reading concerns, e.g. Annex A, Paragraph 13(h)");
            else
                clauses[key] = clause.Trim();
        }
        return clauses;
    }
}
