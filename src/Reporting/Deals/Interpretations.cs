namespace Reporting.Deals;

/// <summary>
/// The readings taken where a contract is ambiguous (DOMAIN.md), each a key and the option
/// chosen; reports word them in their "Interpretations" note (<c>documents/_reading.sbn</c>). A deal overrides a configurable reading under
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
/// <param name="Configurable">True when a deal may choose another option.</param>
/// <remarks>Its words are in <c>templates/documents/_reading.sbn</c>; the clause it concerns is the deal's (<see cref="Clause"/>).</remarks>
public sealed record Interpretation(string Key, string Choice, bool Configurable)
{
    /// <summary>
    /// The clause the reading concerns, as the deal's own contracts number it (<c>reading_clauses:</c> in the
    /// terms file, e.g. <c>Annex A, Paragraph 13(h)</c>); null when the deal gives none, and the note then
    /// names the provision without a number.
    /// </summary>
    public string? Clause { get; init; }
}
