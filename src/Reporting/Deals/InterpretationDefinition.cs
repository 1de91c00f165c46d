namespace Reporting.Deals;

/// <summary>One way of reading an ambiguous clause; <c>documents/_reading.sbn</c> words it.</summary>
public sealed record InterpretationOption(string Choice);

/// <summary>
/// A reading the software must take where a contract is ambiguous (DOMAIN.md): its options and
/// the default. Each engine declares its readings in a file of its own; the clause each concerns
/// and the words of every option are in <c>templates/documents/_reading.sbn</c>.
/// </summary>
public sealed record InterpretationDefinition(
    string Key,
    string DefaultChoice,
    IReadOnlyList<InterpretationOption> Options,
    bool Configurable = true)
{
    public Interpretation Resolve(string? choice)
    {
        var option = Options.First(o => o.Choice == (choice ?? DefaultChoice));
        return new Interpretation(Key, option.Choice, Configurable);
    }
}
