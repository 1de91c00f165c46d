using Reporting.Inputs;

namespace Reporting.Deals;

/// <summary>Reads the <c>notices:</c> section (<see cref="NoticeTerms"/>).</summary>
internal static class NoticeTermsLoader
{
    /// <summary>The delivery methods a rule may name; templates word them.</summary>
    public static readonly IReadOnlyList<string> Methods = ["hand", "courier", "mail", "facsimile", "telex", "email"];

    public static readonly IReadOnlyList<string> AgreementKinds = ["confirmation", "master-agreement"];

    public static NoticeTerms Read(TermsNode node)
    {
        var clause = node.RequiredString("clause");
        var agreementNode = node.RequiredSection("agreement");
        var agreement = agreementNode is null
            ? new AgreementIdentity("confirmation", default, null, null)
            : ReadAgreement(agreementNode);

        var delivery = new List<DeliveryRule>();
        foreach (var rule in node.SectionList("delivery"))
        {
            var documents = OutputKinds(rule, "documents");
            var methods = rule.StringList("methods");
            foreach (var m in methods.Where(m => !Methods.Contains(m)))
                rule.Error("methods", $"'{m}' is not a delivery method (expected one of {string.Join(", ", Methods)})");
            if (methods.Count == 0) rule.Error("methods", "at least one delivery method is required");
            rule.RejectUnknownKeys();
            delivery.Add(new DeliveryRule(documents, methods));
        }
        var copyAgencies = OutputKinds(node, "copy_rating_agencies");
        var clausesNode = node.OptionalSection("clauses");
        var clauses = clausesNode is null
            ? new NoticeClauses(null, new Dictionary<string, string>(), null, null, [], null, null)
            : ReadClauses(clausesNode);
        node.RejectUnknownKeys();
        return new NoticeTerms(clause, agreement, delivery, copyAgencies, clauses);
    }

    private static AgreementIdentity ReadAgreement(TermsNode node)
    {
        var agreement = new AgreementIdentity(
            node.RequiredChoice("kind", AgreementKinds) ?? "confirmation",
            node.RequiredDate("date"),
            node.OptionalDate("trade_date"),
            node.OptionalString("reference"));
        node.RejectUnknownKeys();
        return agreement;
    }

    private static NoticeClauses ReadClauses(TermsNode node)
    {
        var events = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node.OptionalSection("ratings_events") is { } eventsNode)
        {
            foreach (var id in eventsNode.Keys.ToList()) events[id] = eventsNode.RequiredString(id);
            eventsNode.RejectUnknownKeys();
        }
        var clauses = new NoticeClauses(
            node.OptionalString("ratings_downgrade"),
            events,
            node.OptionalString("collateral_demand"),
            node.OptionalString("additional_termination_event"),
            node.StringList("termination_sections"),
            node.OptionalString("delivery_amount"),
            node.OptionalString("return_amount"))
        {
            FailureToTransfer = node.OptionalString("failure_to_transfer"),
            FailureToTransferDefault = node.OptionalString("failure_to_transfer_default"),
        };
        node.RejectUnknownKeys();
        return clauses;
    }

    private static IReadOnlyList<string> OutputKinds(TermsNode node, string key)
    {
        var kinds = node.StringList(key);
        foreach (var k in kinds.Where(k => !DocumentTemplatesLoader.OutputKinds.Contains(k)))
            node.Error(key, $"'{k}' is not an output kind (expected one of {string.Join(", ", DocumentTemplatesLoader.OutputKinds)})");
        return kinds;
    }
}
