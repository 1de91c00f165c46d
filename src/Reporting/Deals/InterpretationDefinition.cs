namespace Reporting.Deals;

/// <summary>One way of reading an ambiguous clause, with the words reports print for it.</summary>
public sealed record InterpretationOption(string Choice, string Text);

/// <summary>
/// A reading the software must take where a contract is ambiguous (DOMAIN.md): its clause, the
/// options, and the default. Each engine declares its readings in a file of its own.
/// </summary>
public sealed record InterpretationDefinition(
    string Key,
    string Source,
    string DefaultChoice,
    IReadOnlyList<InterpretationOption> Options,
    bool Configurable = true)
{
    public Interpretation Resolve(string? choice)
    {
        var option = Options.First(o => o.Choice == (choice ?? DefaultChoice));
        return new Interpretation(Key, option.Choice, Source, option.Text, Configurable);
    }
}
