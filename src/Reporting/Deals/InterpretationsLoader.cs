using Reporting.Inputs;

namespace Reporting.Deals;

/// <summary>
/// Reads the <c>interpretations:</c> section, where a deal chooses another option of a
/// configurable reading, and resolves every known reading to its choice.
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
        return new Interpretations(InterpretationCatalog.All
            .Select(d => d.Resolve(overrides.GetValueOrDefault(d.Key)))
            .ToArray());
    }
}
