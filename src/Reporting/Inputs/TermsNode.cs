using NodaTime;
using YamlDotNet.RepresentationModel;

namespace Reporting.Inputs;

/// <summary>
/// A mapping in the deal terms file (YAML), read key by key with typed accessors that record
/// errors at the key's line and column instead of throwing. Keys the loader never asked for
/// are reported by <see cref="RejectUnknownKeys"/>, so a misspelt key is never silently ignored.
/// </summary>
public sealed class TermsNode
{
    private readonly YamlMappingNode mapping;
    private readonly HashSet<string> readKeys = new(StringComparer.Ordinal);

    internal TermsNode(TermsFile file, YamlMappingNode mapping, string path)
    {
        File = file;
        this.mapping = mapping;
        Path = path;
    }

    internal TermsFile File { get; }

    /// <summary>Dotted path of this mapping in the file, e.g. <c>cap.floating</c>.</summary>
    public string Path { get; }

    public int Line => (int)mapping.Start.Line;

    public int Column => (int)mapping.Start.Column;

    public IEnumerable<string> Keys => mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Has(string key) => Find(key) is not null;

    // ---- scalars ----

    public string? OptionalString(string key)
    {
        var node = Find(key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return IsNull(scalar) ? null : scalar.Value;
        ErrorAt(node, key, "expected a single value");
        return null;
    }

    public string RequiredString(string key)
    {
        var value = OptionalString(key);
        if (value is null && !ReportedAlready(key)) Missing(key, "a text value");
        return value ?? string.Empty;
    }

    public LocalDate? OptionalDate(string key)
    {
        var text = OptionalString(key);
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

    public LocalDate RequiredDate(string key)
    {
        if (!Has(key)) { Missing(key, "a date (yyyy-mm-dd)"); return default; }
        return OptionalDate(key) ?? default;
    }

    public decimal? OptionalDecimal(string key)
    {
        var text = OptionalString(key);
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

    public decimal RequiredDecimal(string key)
    {
        if (!Has(key)) { Missing(key, "a number"); return 0m; }
        return OptionalDecimal(key) ?? 0m;
    }

    public int? OptionalInt(string key)
    {
        var text = OptionalString(key);
        if (text is null) return null;
        if (ValueParsers.TryParseInt(text, out var value))
        {
            if (SupportedRange.Contains(value)) return value;
            ErrorAt(Find(key)!, key, SupportedRange.WholeNumberProblem(text));
            return null;
        }
        ErrorAt(Find(key)!, key, ValueParsers.TryParseDecimal(text, out _) && text.TrimStart('-').All(char.IsAsciiDigit)
            ? SupportedRange.WholeNumberProblem(text) : $"'{text}' is not a whole number");
        return null;
    }

    public int RequiredInt(string key)
    {
        if (!Has(key)) { Missing(key, "a whole number"); return 0; }
        return OptionalInt(key) ?? 0;
    }

    public bool OptionalBool(string key, bool fallback)
    {
        var text = OptionalString(key);
        if (text is null) return fallback;
        if (bool.TryParse(text, out var value)) return value;
        ErrorAt(Find(key)!, key, $"'{text}' is not true or false");
        return fallback;
    }

    /// <summary>One of a fixed set of words (case-insensitive); returns the canonical spelling.</summary>
    public string? OptionalChoice(string key, IReadOnlyCollection<string> allowed)
    {
        var text = OptionalString(key);
        if (text is null) return null;
        var match = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
        if (match is null) ErrorAt(Find(key)!, key, $"'{text}' is not one of {string.Join(", ", allowed)}");
        return match;
    }

    public string RequiredChoice(string key, IReadOnlyCollection<string> allowed)
    {
        if (!Has(key)) { Missing(key, $"one of {string.Join(", ", allowed)}"); return allowed.First(); }
        return OptionalChoice(key, allowed) ?? allowed.First();
    }

    /// <summary>
    /// Parses a scalar with a domain parser (a calendar name, a rating). The parser returns
    /// null and a description of what was expected when the text is not valid.
    /// </summary>
    public T? Optional<T>(string key, Func<string, (T? Value, string? Expected)> parse) where T : class
    {
        var text = OptionalString(key);
        if (text is null) return null;
        var (value, expected) = parse(text);
        if (value is null) ErrorAt(Find(key)!, key, $"'{text}' is not {expected}");
        return value;
    }

    public T Required<T>(string key, Func<string, (T? Value, string? Expected)> parse, T fallback) where T : class
    {
        if (!Has(key)) { Missing(key, "a value"); return fallback; }
        return Optional(key, parse) ?? fallback;
    }

    // ---- structure ----

    public TermsNode? OptionalSection(string key)
    {
        var node = Find(key);
        if (node is null || node is YamlScalarNode s && IsNull(s)) return null;
        if (node is YamlMappingNode map) return new TermsNode(File, map, Qualify(key));
        ErrorAt(node, key, "expected a mapping of keys to values");
        return null;
    }

    public TermsNode? RequiredSection(string key)
    {
        var section = OptionalSection(key);
        if (section is null && !Has(key)) Missing(key, "a section");
        return section;
    }

    /// <summary>The items of a list of mappings; an absent key is an empty list.</summary>
    public IReadOnlyList<TermsNode> SectionList(string key)
    {
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
            if (child is YamlMappingNode map) items.Add(new TermsNode(File, map, $"{Qualify(key)}[{index}]"));
            else ErrorAt(child, $"{key}[{index}]", "expected a mapping of keys to values");
            index++;
        }
        return items;
    }

    /// <summary>A list of scalars (e.g. address lines); a single scalar is a list of one.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
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
        var section = OptionalSection(key);
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
        foreach (var (keyNode, _) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!readKeys.Contains(name))
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

    // ---- helpers ----

    private YamlNode? Find(string key)
    {
        readKeys.Add(key);
        foreach (var (k, v) in mapping.Children)
        {
            if (k is YamlScalarNode s && s.Value == key) return v;
        }
        return null;
    }

    private bool ReportedAlready(string key) => Find(key) is not null;

    private void Missing(string key, string expected) =>
        File.Errors.Add(File.Name, Line, Column, Qualify(key), $"required key is missing (expected {expected})");

    private void ErrorAt(YamlNode node, string key, string message) =>
        File.Errors.Add(File.Name, (int)node.Start.Line, (int)node.Start.Column, Qualify(key), message);

    private string Qualify(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && (scalar.Value is null or "" or "~" or "null");
}
