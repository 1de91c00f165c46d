using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Reporting.RunFormat;
using Reporting.Templating;

namespace Reporting.Workbooks.Markup;

/// <summary>
/// Reads attributes and reports errors at the line and column where the markup wrote them, mapped
/// back to the template that wrote it. Errors are collected, never thrown, so one parse reports every problem.
/// </summary>
internal sealed class MarkupReader(string sourceName, ISourceMap map)
{
    private readonly List<Diagnostic> _errors = [];

    public IReadOnlyList<Diagnostic> Errors => _errors;

    /// <remarks>
    /// For an element the XML reader gives the position of its name; the position of its <c>&lt;</c>,
    /// one to the left, is where an editor's cursor should go.
    /// </remarks>
    public SourceLocation LocationOf(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo()
            ? Locate(map, info.LineNumber, node is XElement ? info.LinePosition - 1 : info.LinePosition)
            : new SourceLocation(sourceName, 0, 0);

    /// <summary>Where a position of the markup came from.</summary>
    public static SourceLocation Locate(ISourceMap map, int line, int column)
    {
        var position = map.Resolve(line, column);
        return new SourceLocation(position.File, position.Line, position.Column);
    }

    public void Error(XObject at, string message) => _errors.Add(LocationOf(at).Diagnose(message));

    public void Error(SourceLocation at, string message) => _errors.Add(at.Diagnose(message));

    /// <summary>Reports every attribute not in <paramref name="allowed"/>.</summary>
    public void AllowOnly(XElement element, params string[] allowed)
    {
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || allowed.Contains(attribute.Name.ToString(), StringComparer.Ordinal))
            {
                continue;
            }

            Error(attribute, $"<{element.Name}> has no attribute '{attribute.Name}'"
                + (allowed.Length > 0 ? $" (allowed: {string.Join(", ", allowed)})" : ""));
        }
    }

    /// <summary>Reports text written where only elements belong (whitespace is fine).</summary>
    public void NoText(XElement element)
    {
        foreach (var text in element.Nodes().OfType<XText>())
        {
            if (!string.IsNullOrWhiteSpace(text.Value))
            {
                Error(text, $"<{element.Name}> cannot contain text ('{Shorten(text.Value.Trim())}')");
            }
        }
    }

    public void UnknownElement(XElement element, string parent, params string[] allowed) =>
        Error(element, $"<{element.Name}> is not allowed in <{parent}> (allowed: {string.Join(", ", allowed.Select(name => $"<{name}>"))})");

    public string? Text(XElement element, string name) => element.Attribute(name)?.Value;

    public string? RequiredText(XElement element, string name)
    {
        var value = element.Attribute(name)?.Value;
        if (value is null)
        {
            Error(element, $"<{element.Name}> needs a '{name}' attribute");
        }

        return value;
    }

    public int Integer(XElement element, string name, int whenAbsent, int min, int max)
    {
        var attribute = element.Attribute(name);
        if (attribute is null)
        {
            return whenAbsent;
        }

        if (int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Error(attribute, $"'{name}' must be a whole number from {min} to {max}, not '{attribute.Value}'");
        return whenAbsent;
    }

    public double Real(XElement element, string name, double whenAbsent, double min, double max)
    {
        var attribute = element.Attribute(name);
        if (attribute is null)
        {
            return whenAbsent;
        }

        if (double.TryParse(attribute.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Error(attribute, $"'{name}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not '{attribute.Value}'");
        return whenAbsent;
    }

    public bool Boolean(XElement element, string name, bool whenAbsent)
    {
        var attribute = element.Attribute(name);
        switch (attribute?.Value)
        {
            case null:
                return whenAbsent;
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(attribute, $"'{name}' must be 'true' or 'false', not '{attribute.Value}'");
                return whenAbsent;
        }
    }

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
