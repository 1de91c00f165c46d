using Reporting.Templating;
using System.Globalization;
using System.Text.Json;
using Reporting.Documents.Tests.Support;
using Scriban.Runtime;

namespace Reporting.Documents.Tests.Templates;

/// <summary>The template front end shared by documents and workbooks, configured as documents use it.</summary>
public class TemplateTests
{
    private static ScriptObject Model(string json) => TemplateModel.FromJson(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void An_unknown_variable_is_an_error_with_the_template_line_and_column()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("t.sbn", "<document>\n<body><p>{{ customer.name }} owes {{ amount }}</p></body>\n</document>");
        var renderer = new MarkupTemplateRenderer(folder.Path);

        var error = Assert.Throws<TemplateException>(() => renderer.Render("t.sbn", Model("""{"customer": {"name": "X"}}""")));

        Assert.Equal((path, 2, 38), (error.Diagnostics[0].File, error.Diagnostics[0].Line, error.Diagnostics[0].Column));
        Assert.Contains("amount", error.Diagnostics[0].Message);
    }

    [Fact]
    public void An_unknown_member_is_an_error_too()
    {
        using var folder = new TemporaryFolder();
        folder.Write("t.sbn", "{{ customer.nmae }}");
        var renderer = new MarkupTemplateRenderer(folder.Path);

        var error = Assert.Throws<TemplateException>(() => renderer.Render("t.sbn", Model("""{"customer": {"name": "X"}}""")));

        Assert.Equal((1, 13), (error.Diagnostics[0].Line, error.Diagnostics[0].Column));
    }

    [Fact]
    public void A_syntax_error_is_reported_with_its_position()
    {
        using var folder = new TemporaryFolder();
        folder.Write("t.sbn", "line one\n{{ if x }}\nno end");
        var renderer = new MarkupTemplateRenderer(folder.Path);

        var error = Assert.Throws<TemplateException>(() => renderer.Render("t.sbn", Model("""{"x": true}""")));

        Assert.EndsWith("t.sbn", error.Diagnostics[0].File);
        Assert.True(error.Diagnostics[0].Line >= 2);
    }

    [Theory]
    [InlineData("../secret.sbn")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/../../secret.sbn")]
    public void An_include_outside_the_templates_folder_is_refused(string name)
    {
        using var outer = new TemporaryFolder();
        outer.Write("secret.sbn", "secret");
        var templates = Path.Combine(outer.Path, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "t.sbn"), $"before\n{{{{ include \"{name}\" }}}}");
        var renderer = new MarkupTemplateRenderer(templates);

        var error = Assert.Throws<TemplateException>(() => renderer.Render("t.sbn", Model("{}")));

        Assert.Contains("only include files inside the templates folder", error.Diagnostics[0].Message);
        Assert.Equal(2, error.Diagnostics[0].Line);
    }

    [Fact]
    public void An_include_inside_the_folder_is_written_as_markup_not_escaped()
    {
        using var folder = new TemporaryFolder();
        folder.Write("parts/greeting.sbn", "<b>Hello {{ name }}</b>");
        folder.Write("t.sbn", "<p>{{ include \"parts/greeting\" }}</p>");
        var renderer = new MarkupTemplateRenderer(folder.Path);

        var markup = renderer.Render("t.sbn", Model("""{"name": "A & B"}"""));

        Assert.Equal("<p><b>Hello A &amp; B</b></p>", markup.Text);
    }

    [Fact]
    public void Values_are_xml_escaped_by_default_and_raw_opts_out()
    {
        using var folder = new TemporaryFolder();
        folder.Write("t.sbn", "<p title=\"{{ text }}\">{{ text }}</p>{{ markup | raw }}");
        var renderer = new MarkupTemplateRenderer(folder.Path);

        var markup = renderer.Render("t.sbn", Model("""{"text": "<b>\"Smith & Sons'\"</b>", "markup": "<br/>"}"""));

        Assert.Equal("<p title=\"&lt;b&gt;&quot;Smith &amp; Sons&apos;&quot;&lt;/b&gt;\">&lt;b&gt;&quot;Smith &amp; Sons&apos;&quot;&lt;/b&gt;</p><br/>", markup.Text);
    }

    [Theory]
    // Figures in percent print exactly as given: a strike of 8.54812% is never rounded to 8.55%,
    // 7.60 keeps its stated two places, a fixing quoted to five places keeps five.
    [InlineData("8.54812", "", "8.54812%")]
    [InlineData("7.60", "", "7.60%")]
    [InlineData("5.33000", "", "5.33000%")]
    [InlineData("85.1", "", "85.1%")]
    [InlineData("20", "", "20%")]
    [InlineData("0", " 5", "0.00000%")]
    [InlineData("1234.5", "", "1,234.5%")]
    public void Percent_figures_keep_the_precision_they_were_given(string figure, string minDecimals, string expected)
    {
        using var folder = new TemporaryFolder();
        folder.Write("t.sbn", "{{ x | percent_figure" + minDecimals + " }}");
        var renderer = new MarkupTemplateRenderer(folder.Path);

        Assert.Equal(expected, renderer.Render("t.sbn", Model("{\"x\": " + figure + "}")).Text);
    }

    [Fact]
    public void A_derived_figure_prints_with_the_places_of_the_figure_it_comes_from()
    {
        using var folder = new TemporaryFolder();
        folder.Write("t.sbn", "{{ spread | percent_figure (decimals rate) }}");
        var renderer = new MarkupTemplateRenderer(folder.Path);

        // 5.33000 - 5.20 = 0.13 by hand; the fixing is quoted to five places, so is the spread.
        Assert.Equal("0.13000%", renderer.Render("t.sbn", Model("""{"spread": 0.13, "rate": 5.33000}""")).Text);
    }

    [Fact]
    public void Formatting_follows_us_conventions_whatever_the_culture()
    {
        using var folder = new TemporaryFolder();
        folder.Write("t.sbn", "{{ amount | money }}|{{ amount | money \"USD\" }}|{{ small | money \"USD\" }}|{{ rate | percent }}|{{ day | date }}|{{ day | date_iso }}|{{ amount }}|{{ count | number }}");
        var renderer = new MarkupTemplateRenderer(folder.Path);
        var model = """{"amount": 1234567.89, "small": 1234, "rate": 0.0786, "day": "2006-09-25", "count": 1234567}""";

        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
            Assert.Equal("1.234,50", 1234.5m.ToString("N2", CultureInfo.CurrentCulture));

            var markup = renderer.Render("t.sbn", Model(model));

            Assert.Equal("1,234,567.89|USD 1,234,567.89|USD 1,234.00|7.86%|September\u00A025, 2006|2006-09-25|1234567.89|1,234,567", markup.Text);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Fact]
    public void Json_member_names_become_snake_case()
    {
        using var folder = new TemporaryFolder();
        folder.Write("t.sbn", "{{ account_number }} {{ holder.legal_name }}");
        var renderer = new MarkupTemplateRenderer(folder.Path);

        var markup = renderer.Render("t.sbn", Model("""{"accountNumber": "12", "Holder": {"LegalName": "X"}}"""));

        Assert.Equal("12 X", markup.Text);
    }

    [Fact]
    public void The_clock_is_not_reachable_from_templates()
    {
        using var folder = new TemporaryFolder();
        folder.Write("t.sbn", "{{ date.now }}");
        var renderer = new MarkupTemplateRenderer(folder.Path);

        Assert.Throws<TemplateException>(() => renderer.Render("t.sbn", Model("{}")));
    }
}
