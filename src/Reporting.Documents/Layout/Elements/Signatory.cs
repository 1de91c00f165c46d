namespace Reporting.Documents.Layout.Elements;

/// <summary>One person signing: the entity they sign for (optional), their name and title, as paragraphs.</summary>
public sealed record Signatory(Element? SigningFor, Element ByLabel, Element? Name, Element? Title);
