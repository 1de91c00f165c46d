namespace Reporting.Deals;

/// <summary>A party to the deal's contracts.</summary>
/// <param name="Key">The short name the inputs use for it (<c>JPMC</c>): <c>ratings.csv</c> and <c>actions.csv</c> name entities by it.</param>
/// <param name="Name">The full legal name.</param>
/// <param name="Role">What it is in the deal: <c>cap-provider</c>, <c>counterparty</c>, <c>trustee</c>, <c>master-servicer</c>, <c>rating-agency</c>, ...</param>
/// <param name="Capacity">The capacity it acts in, when the contract says (e.g. "solely as Indenture Trustee").</param>
/// <param name="Notices">The address for notices.</param>
/// <param name="CopiesTo">Further addresses to which the notice clause requires copies of notices to this party.</param>
/// <param name="Signatory">Who signs the party's letters, when the deal names them (otherwise the letters leave the lines blank).</param>
public sealed record Party(
    string Key,
    string Name,
    string Role,
    string? Capacity,
    Contact? Notices,
    IReadOnlyList<Contact> CopiesTo,
    Signatory? Signatory = null);

/// <summary>The person who signs a party's letters: name and title, each optional.</summary>
public sealed record Signatory(string? Name, string? Title);
