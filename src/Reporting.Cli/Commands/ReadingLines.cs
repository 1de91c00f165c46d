using System.Xml.Linq;
using Reporting.Cycle.Models;
using Reporting.Deals;
using Reporting.RunFormat;
using Reporting.Templating;

namespace Reporting.Cli.Commands;

/// <summary>
/// The readings a terminal command used, in the words of the reports' Interpretations note
/// (<c>documents/readings.sbn</c>, which includes <c>documents/_reading.sbn</c>), one a line.
/// </summary>
internal static class ReadingLines
{
    /// <param name="purchase">The deal's optional purchase clause, which words the <c>loans.*</c> readings.</param>
    public static IReadOnlyList<string> Of(IEnumerable<Interpretation> readings, Reporting.Loans.OptionalPurchaseTerms? purchase = null)
    {
        var list = InterpretationModel.From(new Interpretations(readings.ToArray()), _ => true, purchase);
        if (list.Count == 0) return [];
        var model = TemplateModel.FromJson(ReportingJson.Serialize(new { Interpretations = list }));
        var markup = new MarkupTemplateRenderer(RepositoryPaths.Templates()).Render("documents/readings.sbn", model);
        return XDocument.Parse(markup.Text).Root!.Elements("reading").Select(e => e.Value.Replace('\u00A0', ' ').Trim()).ToArray();
    }
}
