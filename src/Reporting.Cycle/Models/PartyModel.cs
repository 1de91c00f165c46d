using Reporting.Deals;

namespace Reporting.Cycle.Models;

/// <summary>A party as documents print it: name, capacity, where notices go and who signs for it (null when the deal names no one).</summary>
public sealed record PartyModel(string Key, string Name, string Role, string? Capacity, ContactModel? Notices, IReadOnlyList<ContactModel> CopiesTo,
    string? SignatoryName, string? SignatoryTitle)
{
    public static PartyModel From(Party party) => new(
        party.Key, party.Name, party.Role, party.Capacity,
        party.Notices is null ? null : ContactModel.From(party.Notices),
        party.CopiesTo.Select(ContactModel.From).ToArray(),
        party.Signatory?.Name, party.Signatory?.Title);
}

public sealed record ContactModel(string? Name, IReadOnlyList<string> Address, string? Attention, string? Telephone, string? Facsimile, string? Email)
{
    public static ContactModel From(Contact c) => new(c.Name, c.Address, c.Attention, c.Telephone, c.Facsimile, c.Email);
}
