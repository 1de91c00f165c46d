namespace Reporting.Deals;

/// <summary>Where notices to a party go: an address and the person or desk to attend to them.</summary>
public sealed record Contact(
    string? Name,
    IReadOnlyList<string> Address,
    string? Attention,
    string? Telephone,
    string? Facsimile,
    string? Email);
