namespace Reporting.Deals;

/// <summary>
/// The readings taken where a contract is ambiguous (DOMAIN.md), each with the wording reports
/// print in their "Interpretations" note. A deal overrides a configurable reading under
/// <c>interpretations:</c> in its terms file; engines read the choice from here.
/// </summary>
public sealed record Interpretations(IReadOnlyList<Interpretation> Items)
{
    public Interpretation? Find(string key) => Items.FirstOrDefault(i => i.Key == key);

    /// <summary>The chosen option of a reading, or <paramref name="fallback"/> when the deal has none.</summary>
    public string Choice(string key, string fallback) => Find(key)?.Choice ?? fallback;
}

/// <param name="Key">Stable identifier, e.g. <c>collateral.mta-before-rounding</c>.</param>
/// <param name="Choice">The option taken, e.g. <c>before-rounding</c>.</param>
/// <param name="Source">The clause the reading concerns.</param>
/// <param name="Text">The reading in plain words, as printed in reports.</param>
/// <param name="Configurable">True when a deal may choose another option.</param>
public sealed record Interpretation(string Key, string Choice, string Source, string Text, bool Configurable);
