using System.Text.Json.Nodes;

namespace Reporting.Inputs;

/// <summary>
/// One mapping, list or value of <c>schemas/deal.schema.json</c>, the one declaration of what
/// <c>deal.yaml</c> may hold. <see cref="TermsNode"/> checks every key a loader reads against it,
/// so the published schema (which editors validate with) and the loaders cannot drift apart:
/// see docs/deal-schema.md.
/// </summary>
/// <remarks>Only the JSON Schema the file uses is understood: <c>$ref</c> to its definitions,
/// <c>type</c>, <c>enum</c>, <c>const</c>, <c>properties</c>, <c>required</c>,
/// <c>additionalProperties</c>, <c>items</c> and <c>oneOf</c> (a value of one of several kinds). Value constraints (patterns, ranges) are the
/// loaders' to enforce with their own messages; the schema states them for editors.</remarks>
internal sealed class TermsSchema
{
    private const string ResourceName = "deal.schema.json";

    private static readonly Lazy<TermsSchema> deal = new(LoadDeal);

    private readonly JsonObject root;
    private readonly JsonObject node;

    private TermsSchema(JsonObject root, JsonObject node)
    {
        this.root = root;
        this.node = Resolve(root, node);
    }

    /// <summary>The schema of a whole <c>deal.yaml</c>, as built into this assembly.</summary>
    public static TermsSchema Deal => deal.Value;

    /// <summary>The declared JSON type (<c>string</c>, <c>integer</c>, <c>object</c>, ...), or null for an enum or const.</summary>
    public string? Type => (string?)node["type"];

    /// <summary>The allowed words of an enum or const, or null when the value is free.</summary>
    public IReadOnlyList<string>? Choices =>
        node["enum"] is JsonArray values ? values.Select(v => (string)v!).ToArray()
        : node["const"] is JsonNode single ? new[] { (string)single! }
        : null;

    /// <summary>The keys declared under <c>properties</c>, in the file's order.</summary>
    public IReadOnlyList<string> PropertyNames =>
        node["properties"] is JsonObject properties ? properties.Select(p => p.Key).ToArray() : Array.Empty<string>();

    /// <summary>True when keys other than <see cref="PropertyNames"/> are not allowed.</summary>
    public bool IsClosed => node["additionalProperties"] is JsonValue value && !(bool)value;

    /// <summary>The schema of a key of this mapping: declared, or any other key's (a map such as <c>parties:</c>); null if the key is not allowed.</summary>
    public TermsSchema? Property(string key)
    {
        if (node["properties"] is JsonObject properties && properties[key] is JsonObject declared) return new TermsSchema(root, declared);
        return node["additionalProperties"] is JsonObject other ? new TermsSchema(root, other) : null;
    }

    /// <summary>The schema of the items of a list.</summary>
    public TermsSchema? Items => node["items"] is JsonObject items ? new TermsSchema(root, items) : null;

    /// <summary>
    /// The kinds of value the key may take: the branches of a <c>oneOf</c> (a calendar written as
    /// one name or as a list), else this schema alone. A read fits when it fits one of them.
    /// </summary>
    public IReadOnlyList<TermsSchema> Alternatives =>
        node["oneOf"] is JsonArray branches ? branches.Select(b => new TermsSchema(root, b!.AsObject())).ToArray() : new[] { this };

    public bool Requires(string key) => node["required"] is JsonArray required && required.Any(r => (string?)r == key);

    /// <summary>How the schema describes itself in a message: <c>a string</c>, <c>one of a, b</c>.</summary>
    public string Describe() =>
        node["oneOf"] is JsonArray ? string.Join(" or ", Alternatives.Select(a => a.Describe()))
        : Choices is { } choices ? $"one of {string.Join(", ", choices)}" : $"type {Type ?? "(any)"}";

    private static JsonObject Resolve(JsonObject root, JsonObject node)
    {
        // "#/definitions/name": the only kind of reference the file uses.
        while (node["$ref"] is JsonValue reference)
        {
            var name = ((string)reference!)["#/definitions/".Length..];
            node = root["definitions"]?[name] as JsonObject
                ?? throw new InvalidOperationException($"{ResourceName}: no definition '{name}'");
        }
        return node;
    }

    /// <summary>A schema from its JSON text (tests give small ones).</summary>
    internal static TermsSchema Parse(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        return new TermsSchema(root, root);
    }

    private static TermsSchema LoadDeal()
    {
        using var stream = typeof(TermsSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not built into {typeof(TermsSchema).Assembly.GetName().Name}");
        var root = JsonNode.Parse(stream)!.AsObject();
        return new TermsSchema(root, root);
    }
}
