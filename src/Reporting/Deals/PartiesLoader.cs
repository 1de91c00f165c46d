using Reporting.Inputs;

namespace Reporting.Deals;

/// <summary>Reads the <c>parties:</c> section: parties keyed by the short name the inputs use.</summary>
internal static class PartiesLoader
{
    public static IReadOnlyList<Party> Read(TermsNode root)
    {
        var parties = new List<Party>();
        foreach (var (key, node) in root.NamedSections("parties"))
        {
            var party = new Party(
                key,
                node.RequiredString("name"),
                node.RequiredString("role"),
                node.OptionalString("capacity"),
                ReadContact(node.OptionalSection("notices")),
                node.SectionList("copies_to").Select(c => ReadContact(c)!).ToArray(),
                ReadSignatory(node.OptionalSection("signatory")));
            node.RejectUnknownKeys();
            parties.Add(party);
        }
        if (parties.Count == 0) root.Error("parties", "at least one party is required");
        return parties;
    }

    private static Signatory? ReadSignatory(TermsNode? node)
    {
        if (node is null) return null;
        var signatory = new Signatory(node.OptionalString("name"), node.OptionalString("title"));
        node.RejectUnknownKeys();
        return signatory;
    }

    private static Contact? ReadContact(TermsNode? node)
    {
        if (node is null) return null;
        var contact = new Contact(
            node.OptionalString("name"),
            node.StringList("address"),
            node.OptionalString("attention"),
            node.OptionalString("telephone"),
            node.OptionalString("facsimile"),
            node.OptionalString("email"));
        node.RejectUnknownKeys();
        return contact;
    }
}
