using NodaTime;
using YamlDotNet.RepresentationModel;

namespace Reporting.Inputs;

/// <summary>
/// A mapping in the deal terms file (YAML), read key by key with typed accessors that record
/// errors at the key's line and column instead of throwing. Keys the loader never asked for
/// are reported by <see cref="RejectUnknownKeys"/>, so a misspelt key is never silently ignored.
/// When the file is read with a schema, every read is also checked against what the schema
/// declares, so that the loaders and <c>deal.schema.json</c> stay one (docs/deal-schema.md).
/// </summary>
public sealed class TermsNode
{
    private readonly YamlMappingNode _mapping;
    private readonly TermsSchema? _schema;
    private readonly HashSet<string> _readKeys = new(StringComparer.Ordinal);

    /// <param name="schema">What the schema declares for this mapping; null for a file read without a schema.</param>
    internal TermsNode(TermsFile file, YamlMappingNode mapping, string path, TermsSchema? schema)
    {
        File = file;
        _mapping = mapping;
        Path = path;
        _schema = schema;
    }

    internal TermsFile File { get; }

    /// <summary>The rating agencies and scales the file's clauses may name (<see cref="TermsFile.RatingScales"/>).</summary>
    internal Ratings.RatingScaleFile RatingScales => File.RatingScales ?? Ratings.RatingScaleFile.Shipped;

    /// <summary>Dotted path of this mapping in the file, e.g. <c>cap.floating</c>.</summary>
    public string Path { get; }

    public int Line => (int)_mapping.Start.Line;

    public int Column => (int)_mapping.Start.Column;

    public IEnumerable<string> Keys => _mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Has(string key) => Find(key) is not null;

    // ---- scalars ----
    // A required key must be present and hold a value: `index: ~` is as missing as no `index:`
    // at all, but the error points at the empty value rather than at the enclosing mapping.

    public string? OptionalString(string key) => ReadString(key, required: false);

    public string RequiredString(string key) => ReadString(key, required: true) ?? string.Empty;

    public LocalDate? OptionalDate(string key) => Date(key, required: false);

    public LocalDate RequiredDate(string key) => Date(key, required: true) ?? default;

    public decimal? OptionalDecimal(string key) => Decimal(key, required: false);

    public decimal RequiredDecimal(string key) => Decimal(key, required: true) ?? 0m;

    public int? OptionalInt(string key) => Int(key, required: false);

    public int RequiredInt(string key) => Int(key, required: true) ?? 0;

    public bool OptionalBool(string key, bool fallback)
    {
        Declare(key, "true or false", required: false, s => s.Type == "boolean");
        var text = Text(key, "true or false", required: false);
        if (text is null) return fallback;
        if (bool.TryParse(text, out var value)) return value;
        ErrorAt(Find(key)!, key, $"'{text}' is not true or false");
        return fallback;
    }

    /// <summary>One of a fixed set of words (case-insensitive); returns the canonical spelling.</summary>
    public string? OptionalChoice(string key, IReadOnlyCollection<string> allowed) => Choice(key, allowed, required: false);

    public string RequiredChoice(string key, IReadOnlyCollection<string> allowed) =>
        Choice(key, allowed, required: true) ?? allowed.First();

    /// <summary>
    /// Parses a scalar with a domain parser (a calendar name, a rating). The parser returns
    /// null and a description of what was expected when the text is not valid.
    /// </summary>
    public T? Optional<T>(string key, Func<string, (T? Value, string? Expected)> parse) where T : class =>
        Parsed(key, parse, required: false);

    public T Required<T>(string key, Func<string, (T? Value, string? Expected)> parse, T fallback) where T : class =>
        Parsed(key, parse, required: true) ?? fallback;

    // ---- structure ----

    public TermsNode? OptionalSection(string key) => Section(key, required: false);

    private TermsNode? Section(string key, bool? required)
    {
        var declared = Declare(key, "a section", required, s => s.Type == "object");
        var node = Find(key);
        if (node is null || node is YamlScalarNode s && IsNull(s)) return null;
        if (node is YamlMappingNode map) return new TermsNode(File, map, Qualify(key), declared);
        ErrorAt(node, key, "expected a mapping of keys to values");
        return null;
    }

    public TermsNode? RequiredSection(string key)
    {
        var section = Section(key, required: true);
        if (section is null && Find(key) is var node && (node is null || node is YamlScalarNode s && IsNull(s)))
            Absent(key, node, "a section");
        return section;
    }

    /// <summary>The items of a list of mappings; an absent key is an empty list.</summary>
    public IReadOnlyList<TermsNode> SectionList(string key)
    {
        // Lists are not checked for being required: their loaders say what an empty list lacks.
        var declared = Declare(key, "a list of sections", required: null, s => s.Type == "array" && s.Items?.Type == "object");
        var node = Find(key);
        if (node is null) return Array.Empty<TermsNode>();
        if (node is not YamlSequenceNode sequence)
        {
            ErrorAt(node, key, "expected a list");
            return Array.Empty<TermsNode>();
        }
        var items = new List<TermsNode>();
        int index = 0;
        foreach (var child in sequence.Children)
        {
            if (child is YamlMappingNode map) items.Add(new TermsNode(File, map, $"{Qualify(key)}[{index}]", declared?.Items));
            else ErrorAt(child, $"{key}[{index}]", "expected a mapping of keys to values");
            index++;
        }
        return items;
    }

    /// <summary>A list of scalars (e.g. address lines); a single scalar is a list of one.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        Declare(key, "a list of values", required: null, s => s.Type == "array" && s.Items is { } item && IsScalar(item));
        var node = Find(key);
        switch (node)
        {
            case null:
                return Array.Empty<string>();
            case YamlScalarNode scalar:
                return IsNull(scalar) ? Array.Empty<string>() : new[] { scalar.Value ?? "" };
            case YamlSequenceNode sequence:
                var values = new List<string>();
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode s) values.Add(s.Value ?? "");
                    else ErrorAt(child, key, "expected a list of values");
                }
                return values;
            default:
                ErrorAt(node, key, "expected a value or a list of values");
                return Array.Empty<string>();
        }
    }

    /// <summary>The child mappings of a mapping keyed by name (e.g. parties by their short name).</summary>
    public IReadOnlyList<(string Key, TermsNode Node)> NamedSections(string key)
    {
        var section = Section(key, required: null);
        if (section is null) return Array.Empty<(string, TermsNode)>();
        var result = new List<(string, TermsNode)>();
        foreach (var name in section.Keys.ToList())
        {
            var child = section.OptionalSection(name);
            if (child is not null) result.Add((name, child));
        }
        return result;
    }

    /// <summary>Reports every key of this mapping that the loader did not read.</summary>
    public void RejectUnknownKeys()
    {
        // Every key the schema declares here must be one the loader asked for, or the schema
        // would accept a key that the loader rejects as unknown.
        foreach (var declared in _schema?.PropertyNames ?? [])
        {
            if (!_readKeys.Contains(declared)) Drift(declared, "the schema declares the key but the loader never reads it");
        }
        foreach (var (keyNode, _) in _mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!_readKeys.Contains(name))
            {
                ErrorAt(keyNode, name, $"unknown key in {(Path.Length == 0 ? "the top level" : Path)}");
            }
        }
    }

    /// <summary>Records an error at a key (or at this mapping when the key is absent).</summary>
    public void Error(string key, string message)
    {
        var node = Find(key);
        if (node is not null) ErrorAt(node, key, message);
        else File.Errors.Add(File.Name, Line, Column, Qualify(key), message);
    }

    /// <summary>Where this mapping gives <paramref name="key"/> (the mapping itself when the key is absent).</summary>
    internal InputFileSource SourceOf(string key)
    {
        var node = Find(key);
        return node is null
            ? new InputFileSource(File.Name, Qualify(key), Line, Column)
            : new InputFileSource(File.Name, Qualify(key), (int)node.Start.Line, (int)node.Start.Column);
    }

    // ---- helpers ----

    private YamlNode? Find(string key)
    {
        _readKeys.Add(key);
        foreach (var (k, v) in _mapping.Children)
        {
            if (k is YamlScalarNode s && s.Value == key) return v;
        }
        return null;
    }

    /// <summary>
    /// Checks a key the loader is about to read against the schema, when the file has one: the
    /// schema must declare it with a kind of value that fits, and require it exactly when the
    /// loader does (<paramref name="required"/> null: not checked). A disagreement is a
    /// programming error in this repository, never the user's: it throws.
    /// </summary>
    /// <returns>The key's schema, for the sections and lists read below it.</returns>
    private TermsSchema? Declare(string key, string reads, bool? required, Func<TermsSchema, bool> fits)
    {
        if (_schema is null) return null;
        var declared = _schema.Property(key);
        if (declared is null) Drift(key, $"the loader reads {reads} but the schema does not declare the key");
        else if (!declared.Alternatives.Any(fits)) Drift(key, $"the loader reads {reads} but the schema declares {declared.Describe()}");
        // A key of a map (parties by name, templates by kind) is the file's, not the schema's, to require.
        else if (required is bool loaderRequires && _schema.PropertyNames.Contains(key) && loaderRequires != _schema.Requires(key))
            Drift(key, loaderRequires ? "the loader requires the key but the schema does not" : "the schema requires the key but the loader does not");
        return declared;
    }

    private void Drift(string key, string what) =>
        throw new InvalidOperationException($"deal.schema.json and the loader disagree at {Qualify(key)}: {what} (see docs/deal-schema.md).");

    private static bool IsText(TermsSchema s) => s.Type == "string" || s.Choices is not null;

    /// <summary>A list of values is read as text and parsed by its loader, whatever the items' declared type.</summary>
    private static bool IsScalar(TermsSchema s) => s.Type is "string" or "number" or "integer" or "boolean" || s.Choices is not null;

    private string? ReadString(string key, bool required)
    {
        Declare(key, "a text value", required, IsText);
        return Text(key, "a text value", required);
    }

    /// <summary>
    /// The text of a scalar, or null when the key is absent or its value is null. A required
    /// key that is absent or null is reported here, so each typed reader reports it once.
    /// </summary>
    private string? Text(string key, string expected, bool required)
    {
        var node = Find(key);
        if (node is YamlScalarNode scalar && !IsNull(scalar)) return scalar.Value;
        if (node is not null and not YamlScalarNode) ErrorAt(node, key, "expected a single value");
        else if (required) Absent(key, node, expected);
        return null;
    }

    private LocalDate? Date(string key, bool required)
    {
        Declare(key, "a date", required, s => s.Type == "string");
        var text = Text(key, "a date (yyyy-mm-dd)", required);
        if (text is null) return null;
        if (ValueParsers.TryParseDate(text, out var date))
        {
            if (SupportedRange.Contains(date)) return date;
            ErrorAt(Find(key)!, key, SupportedRange.DateProblem(text));
            return null;
        }
        ErrorAt(Find(key)!, key, $"'{text}' is not a date (expected yyyy-mm-dd)");
        return null;
    }

    private decimal? Decimal(string key, bool required)
    {
        Declare(key, "a number", required, s => s.Type is "number" or "integer");
        var text = Text(key, "a number", required);
        if (text is null) return null;
        if (ValueParsers.TryParseDecimal(text, out var value))
        {
            if (SupportedRange.Contains(value)) return value;
            ErrorAt(Find(key)!, key, SupportedRange.AmountProblem(text));
            return null;
        }
        ErrorAt(Find(key)!, key, $"'{text}' is not a number (expected digits with '.' as decimal point)");
        return null;
    }

    private int? Int(string key, bool required)
    {
        Declare(key, "a whole number", required, s => s.Type == "integer");
        var text = Text(key, "a whole number", required);
        if (text is null) return null;
        if (ValueParsers.TryParseInt(text, out var value))
        {
            if (SupportedRange.Contains(value)) return value;
            ErrorAt(Find(key)!, key, SupportedRange.WholeNumberProblem(text));
            return null;
        }
        ErrorAt(Find(key)!, key, text.Length > 0 && text.TrimStart('-').All(char.IsAsciiDigit)
            ? SupportedRange.WholeNumberProblem(text) : $"'{text}' is not a whole number");
        return null;
    }

    private string? Choice(string key, IReadOnlyCollection<string> allowed, bool required)
    {
        Declare(key, $"one of {string.Join(", ", allowed)}", required,
            s => s.Choices is { } choices && choices.Order(StringComparer.Ordinal).SequenceEqual(allowed.Order(StringComparer.Ordinal)));
        var text = Text(key, $"one of {string.Join(", ", allowed)}", required);
        if (text is null) return null;
        var match = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
        if (match is null) ErrorAt(Find(key)!, key, $"'{text}' is not one of {string.Join(", ", allowed)}");
        return match;
    }

    private T? Parsed<T>(string key, Func<string, (T? Value, string? Expected)> parse, bool required) where T : class
    {
        Declare(key, "a value", required, IsText);
        var text = Text(key, "a value", required);
        if (text is null) return null;
        var (value, expected) = parse(text);
        if (value is null) ErrorAt(Find(key)!, key, $"'{text}' is not {expected}");
        return value;
    }

    /// <summary>A required key with no value: at the mapping when the key is absent, at the value when it is null.</summary>
    private void Absent(string key, YamlNode? node, string expected)
    {
        if (node is null) File.Errors.Add(File.Name, Line, Column, Qualify(key), $"required key is missing (expected {expected})");
        else ErrorAt(node, key, $"required key has no value (expected {expected})");
    }

    private void ErrorAt(YamlNode node, string key, string message) =>
        File.Errors.Add(File.Name, (int)node.Start.Line, (int)node.Start.Column, Qualify(key), message);

    private string Qualify(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && (scalar.Value is null or "" or "~" or "null");
}
