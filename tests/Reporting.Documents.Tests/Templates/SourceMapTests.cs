using System.Text.Json;
using Reporting.Documents.Diagnostics;
using Reporting.Documents.Tests.Support;
using Reporting.RunFormat;
using Reporting.Testing;

namespace Reporting.Documents.Tests.Templates;

/// <summary>Markup errors are reported at the template line that produced the markup.</summary>
public class SourceMapTests
{
    [Fact]
    public void A_markup_error_in_literal_template_text_points_into_the_template()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("letter.sbn", """
            <document title="{{ title }}">
              <body>
            {{~ for item in items ~}}
                <p>{{ item }}</p>
            {{~ end ~}}
                <parra>typo</parra>
              </body>
            </document>
            """);
        using var renderer = new DocumentRenderer(folder.Path, Harness.Fonts);

        var error = Assert.Throws<DocumentError>(() => renderer.Render("letter.sbn", Json("""{"title": "T", "items": ["a", "b", "c"]}""")));

        Assert.Equal(new Diagnostic(path, 6, 6, "unknown element <parra> in <body>"), error.First);
    }

    [Fact]
    public void A_markup_error_inside_an_include_points_into_the_included_template()
    {
        using var folder = new TemporaryFolder();
        folder.Write("main.sbn", "<document>\n  <body>\n{{ include \"part\" }}\n  </body>\n</document>");
        var part = folder.Write("part.sbn", "<p>fine</p>\n<p size=\"huge\">bad</p>");
        using var renderer = new DocumentRenderer(folder.Path, Harness.Fonts);

        var error = Assert.Throws<DocumentError>(() => renderer.Render("main.sbn", Json("{}")));

        Assert.Equal((part, 2, 4), (error.First.File, error.First.Line, error.First.Column));
    }

    [Fact]
    public void A_markup_error_caused_by_a_value_points_at_the_expression()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("t.sbn", "<document>\n<body>\n<p>x</p><{{ tag }}/>\n</body>\n</document>");
        using var renderer = new DocumentRenderer(folder.Path, Harness.Fonts);

        var error = Assert.Throws<DocumentError>(() => renderer.Render("t.sbn", Json("""{"tag": "box"}""")));

        Assert.Equal((path, 3, 13), (error.First.File, error.First.Line, error.First.Column));
    }

    [Fact]
    public void A_bad_attribute_in_an_include_called_from_a_loop_points_into_the_included_template()
    {
        using var folder = new TemporaryFolder();
        folder.Write("main.sbn", """
            <document>
              <body>
            {{~ for item in items ~}}
            {{ include "parts/item" }}
            {{~ end ~}}
              </body>
            </document>
            """);
        // Only the third item writes the bad attribute, on a line of the generated markup that no template has.
        var part = folder.Write("parts/item.sbn", "{{~ if item != \"c\" ~}}\n<p>{{ item }}</p>\n{{~ else ~}}\n<p colour=\"red\">{{ item }}</p>\n{{~ end ~}}");
        using var renderer = new DocumentRenderer(folder.Path, Harness.Fonts);

        var error = Assert.Throws<DocumentError>(() => renderer.Render("main.sbn", Json("""{"items": ["a", "b", "c"]}""")));

        // 'colour' is at column 4 of line 4 of parts/item.sbn.
        Assert.Equal(new Diagnostic(part, 4, 4, "unknown attribute 'colour' on <p>"), error.First);
        Assert.StartsWith($"{part}:4:4: unknown attribute", error.Message, StringComparison.Ordinal);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
