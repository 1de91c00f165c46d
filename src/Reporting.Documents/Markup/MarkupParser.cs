using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Reporting.Documents.Diagnostics;
using Reporting.Documents.Fonts;
using Reporting.Documents.Layout;
using Reporting.Documents.Layout.Elements;
using Reporting.Documents.Model;
using Reporting.Documents.Text;
using Reporting.RunFormat;
using Reporting.Templating;

namespace Reporting.Documents.Markup;

/// <summary>
/// Reads document markup (see docs/markup.md) into a <see cref="Document"/>. Strict: an unknown element
/// or attribute, or a value that does not parse, is an error naming its line and column (mapped back
/// to the template through an <see cref="ISourceMap"/>). All errors are collected and thrown together.
/// </summary>
public sealed partial class MarkupParser
{
    private readonly ISourceMap _map;
    private readonly List<Diagnostic> _errors = [];
    private readonly List<InlineRun> _collectedRuns = [];
    private readonly List<InlineRun> _normalizedRuns = [];

    private readonly FontSet? _fonts;

    private MarkupParser(ISourceMap map, FontSet? fonts)
    {
        _map = map;
        _fonts = fonts;
    }

    /// <summary>Parses hand-written markup; errors are reported against <paramref name="sourceName"/>.</summary>
    public static Document Parse(string markup, string sourceName) => Parse(markup, sourceName, new IdentitySourceMap(sourceName));

    /// <param name="fonts">When given, text with a character none of these fonts (fallbacks included) can draw is an error.</param>
    /// <exception cref="DocumentError">The markup is malformed or uses something the vocabulary lacks.</exception>
    public static Document Parse(string markup, string sourceName, ISourceMap map, FontSet? fonts = null)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Parse(markup, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            var at = Located(map.Resolve(e.LineNumber, e.LinePosition));
            throw new DocumentError(at.Diagnose($"malformed markup: {StripPosition(e.Message)}"));
        }
        var parser = new MarkupParser(map, fonts);
        var document = parser.ReadDocument(xml.Root!, sourceName);
        if (parser._errors.Count > 0)
        {
            throw new DocumentError(parser._errors);
        }
        return document;
    }

    private Document ReadDocument(XElement root, string sourceName)
    {
        if (root.Name.LocalName != "document" || root.Name.Namespace != XNamespace.None)
        {
            Error(root, $"the root element must be <document>, not <{root.Name.LocalName}>");
            return new Document { SourceName = sourceName, Body = new Column([]) };
        }
        CheckAttributes(root, "title", "author", "subject", "keywords", "creator", "date", "page-size", "orientation",
            "margin", "margin-top", "margin-right", "margin-bottom", "margin-left", "font", "font-size");

        var family = FamilyAttribute(root, "font") ?? FontFamily.Sans;
        var size = LengthAttribute(root, "font-size") ?? 10f;
        var style = new TextStyle(new FontKey(family, false, false), size, TextStyle.Ink);
        var context = new BlockContext(style, ClauseDepth: 0);

        Element? letterhead = null, header = null, footer = null, body = null;
        Banner? banner = null, watermark = null;
        foreach (var child in ChildElements(root))
        {
            switch (child.Name.LocalName)
            {
                case "banner":
                    CheckAttributes(child, "style");
                    var bannerStyle = EnumAttribute(child, "style", BannerStyle.Stripe, ("stripe", BannerStyle.Stripe), ("watermark", BannerStyle.Watermark));
                    // One banner of each style: a draft of an invented deal carries both marks.
                    var parsedBanner = new Banner(Collapse(child.Value).Trim(), bannerStyle);
                    CheckDrawable(child, parsedBanner.Text, new FontKey(family, Bold: true, Italic: false));
                    if (bannerStyle == BannerStyle.Watermark) watermark = parsedBanner;
                    else banner = parsedBanner;
                    break;
                case "letterhead":
                    CheckAttributes(child);
                    letterhead = Blocks(child, context);
                    break;
                case "header":
                    CheckAttributes(child);
                    header = Blocks(child, context with { Style = style.WithSize(size * 0.85f) });
                    break;
                case "footer":
                    CheckAttributes(child);
                    footer = Blocks(child, context with { Style = style.WithSize(size * 0.8f) });
                    break;
                case "body":
                    CheckAttributes(child);
                    body = Blocks(child, context);
                    break;
                default:
                    Unknown(child, "<document>");
                    break;
            }
        }
        if (body is null)
        {
            Error(root, "<document> needs a <body>");
        }

        return new Document
        {
            SourceName = sourceName,
            Metadata = new DocumentMetadata(
                Attr(root, "title"), Attr(root, "author"), Attr(root, "subject"), Attr(root, "keywords"), Attr(root, "creator"),
                DateAttribute(root, "date")),
            Page = ReadPageSetup(root),
            Banner = banner,
            Watermark = watermark,
            Letterhead = letterhead,
            Header = header,
            Footer = footer,
            Body = body ?? new Column([]),
            BannerFamily = family,
        };
    }

    private PageSetup ReadPageSetup(XElement root)
    {
        var (width, height) = EnumAttribute(root, "page-size", (612f, 792f),
            ("letter", (612f, 792f)), ("legal", (612f, 1008f)), ("a4", (595.28f, 841.89f)));
        if (EnumAttribute(root, "orientation", false, ("portrait", false), ("landscape", true)))
        {
            (width, height) = (height, width);
        }
        var margin = LengthAttribute(root, "margin") ?? 72f;
        var setup = new PageSetup(width, height,
            LengthAttribute(root, "margin-top") ?? margin,
            LengthAttribute(root, "margin-right") ?? margin,
            LengthAttribute(root, "margin-bottom") ?? margin,
            LengthAttribute(root, "margin-left") ?? margin);
        if (setup.ContentSize.Width <= 0 || setup.ContentSize.Height <= 0)
        {
            Error(root, "the margins leave no room on the page");
            return PageSetup.Letter;
        }
        return setup;
    }

    // ---- diagnostics and attribute helpers ----

    private SourceLocation Locate(XObject node)
    {
        var info = (IXmlLineInfo)node;
        return Located(info.HasLineInfo() ? _map.Resolve(info.LineNumber, info.LinePosition) : _map.Resolve(0, 0));
    }

    private static SourceLocation Located(SourcePosition position) => new(position.File, position.Line, position.Column);

    private void Error(XObject node, string message) => _errors.Add(Locate(node).Diagnose(message));

    /// <summary>
    /// A character that neither the style's face nor any fallback font has would be drawn as nothing:
    /// refuse it here, where its template position is known, rather than lose it silently.
    /// </summary>
    private void CheckDrawable(XObject node, string text, FontKey face)
    {
        if (_fonts is null || _fonts.Fallback.Covers(face, text))
        {
            return;
        }
        var reported = new HashSet<int>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (!_fonts.Fallback.CanDraw(face, rune) && reported.Add(rune.Value))
            {
                Error(node, $"the character '{rune}' (U+{rune.Value:X4}) is in no font the document can use " +
                    $"(the {face.Family} face and {_fonts.Fallback.Fallbacks.Count} fallback fonts; see docs/markup.md, Fonts)");
            }
        }
    }

    private void Unknown(XElement element, string where) =>
        Error(element, $"unknown element <{element.Name.LocalName}> in {where}");

    // A span, not an array: this runs for every element, and params arrays would be allocated each call.
    private void CheckAttributes(XElement element, params ReadOnlySpan<string> allowed)
    {
        for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (attribute.IsNamespaceDeclaration || !allowed.Contains(attribute.Name.LocalName) || attribute.Name.Namespace != XNamespace.None)
            {
                Error(attribute, $"unknown attribute '{attribute.Name.LocalName}' on <{element.Name.LocalName}>");
            }
        }
    }

    private static string? Attr(XElement element, string name) => element.Attribute(name)?.Value;

    private float? LengthAttribute(XElement element, string name)
    {
        if (element.Attribute(name) is not { } attribute)
        {
            return null;
        }
        if (Length.TryParse(attribute.Value, out var points))
        {
            return points;
        }
        Error(attribute, $"'{name}' must be a length such as 12, 12pt, 1in or 25mm, not '{attribute.Value}'");
        return null;
    }

    private int? IntAttribute(XElement element, string name)
    {
        if (element.Attribute(name) is not { } attribute)
        {
            return null;
        }
        if (int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }
        Error(attribute, $"'{name}' must be a positive whole number, not '{attribute.Value}'");
        return null;
    }

    private DateTime? DateAttribute(XElement element, string name)
    {
        if (element.Attribute(name) is not { } attribute)
        {
            return null;
        }
        if (DateTime.TryParseExact(attribute.Value, ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Error(attribute, $"'{name}' must be an ISO date (yyyy-MM-dd), not '{attribute.Value}'");
        return null;
    }

    private T EnumAttribute<T>(XElement element, string name, T fallback, params ReadOnlySpan<(string Name, T Value)> choices)
    {
        if (element.Attribute(name) is not { } attribute)
        {
            return fallback;
        }
        foreach (var (choice, value) in choices)
        {
            if (choice == attribute.Value)
            {
                return value;
            }
        }
        var names = new List<string>(choices.Length);
        foreach (var (choice, _) in choices)
        {
            names.Add(choice);
        }
        Error(attribute, $"'{name}' must be one of {string.Join(", ", names)}, not '{attribute.Value}'");
        return fallback;
    }

    private FontFamily? FamilyAttribute(XElement element, string name) =>
        element.Attribute(name) is null
            ? null
            : EnumAttribute(element, name, FontFamily.Sans,
                ("sans", FontFamily.Sans), ("serif", FontFamily.Serif), ("condensed", FontFamily.Condensed), ("mono", FontFamily.Mono));

    private TextAlignment? AlignAttribute(XElement element) =>
        element.Attribute("align") is null
            ? null
            : EnumAttribute(element, "align", TextAlignment.Left,
                ("left", TextAlignment.Left), ("center", TextAlignment.Center), ("right", TextAlignment.Right), ("justify", TextAlignment.Justify));

    private static XChildren<XElement> ChildElements(XElement element) => new(element);

    private static XChildren<XNode> ChildNodes(XElement element) => new(element);

    private static string StripPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at].TrimEnd('.', ',', ' ') : message;
    }
}
