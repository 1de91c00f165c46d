using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Reporting.RunFormat;
using Reporting.Templating;

namespace Reporting.Workbooks.Markup;

/// <summary>
/// Parses workbook markup (see docs/workbook-markup.md) into a checked <see cref="WorkbookMarkup"/>.
/// </summary>
public static class WorkbookMarkupParser
{
    private static readonly string[] _workbookChildren = ["styles", "sheet", "name"];

    /// <summary>
    /// Parses and checks hand-written <paramref name="xml"/>. Every problem found is reported together in one
    /// <see cref="WorkbookMarkupException"/>, each with its line and column in <paramref name="sourceName"/>.
    /// </summary>
    public static WorkbookMarkup Parse(string xml, string sourceName) => Parse(xml, sourceName, new IdentitySourceMap(sourceName));

    /// <summary>Parses and checks markup a template wrote; every problem is reported at the template line and column that wrote it.</summary>
    public static WorkbookMarkup Parse(GeneratedMarkup markup) => Parse(markup.Text, markup.TemplatePath, markup.SourceMap);

    /// <summary>Parses and checks <paramref name="xml"/>, reporting each problem where <paramref name="map"/> says that markup came from.</summary>
    public static WorkbookMarkup Parse(string xml, string sourceName, ISourceMap map)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException exception)
        {
            throw new WorkbookMarkupException([
                MarkupReader.Locate(map, exception.LineNumber, exception.LinePosition).Diagnose(WithoutPosition(exception.Message)),
            ]);
        }

        var reader = new MarkupReader(sourceName, map);
        var workbook = document.Root!;
        if (workbook.Name != "workbook")
        {
            reader.Error(workbook, $"the root element must be <workbook>, not <{workbook.Name}>");
            throw new WorkbookMarkupException(reader.Errors);
        }

        var markup = ParseWorkbook(workbook, reader);
        if (reader.Errors.Count == 0)
        {
            ReferenceChecker.Check(markup, reader);
        }

        return reader.Errors.Count == 0 ? markup : throw new WorkbookMarkupException(reader.Errors);
    }

    /// <summary>The XML reader's message without its own "Line 3, position 7.", which counts lines of the markup, not of the template.</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at].TrimEnd('.', ',', ' ') : message;
    }

    private static WorkbookMarkup ParseWorkbook(XElement workbook, MarkupReader reader)
    {
        reader.AllowOnly(workbook, "title", "author", "created");
        reader.NoText(workbook);
        var properties = new WorkbookProperties(reader.Text(workbook, "title"), reader.Text(workbook, "author"), ParseCreated(workbook, reader));

        // Formats are declared before cells use them, whatever the element order.
        var formats = new FormatCatalog();
        var styles = workbook.Elements("styles").ToList();
        foreach (var extra in styles.Skip(1))
        {
            reader.Error(extra, "a workbook has one <styles> element");
        }

        if (styles.Count > 0)
        {
            ParseStyles(styles[0], formats, reader);
        }

        var sheets = new List<SheetMarkup>();
        var names = new List<(XElement Element, string Name, string Reference)>();
        foreach (var child in workbook.Elements())
        {
            switch (child.Name.ToString())
            {
                case "styles":
                    break;
                case "sheet":
                    ParseSheet(child, formats, reader, sheets);
                    break;
                case "name":
                    reader.AllowOnly(child, "id", "ref");
                    reader.NoText(child);
                    var id = reader.RequiredText(child, "id");
                    var reference = reader.RequiredText(child, "ref");
                    if (id is not null && reference is not null)
                    {
                        names.Add((child, id, reference));
                    }

                    break;
                default:
                    reader.UnknownElement(child, "workbook", _workbookChildren);
                    break;
            }
        }

        if (sheets.Count == 0 && reader.Errors.Count == 0)
        {
            reader.Error(workbook, "a workbook needs at least one <sheet>");
        }

        var definedNames = names
            .Select(name => ParseDefinedName(name.Element, name.Name, name.Reference, sheets, reader))
            .OfType<DefinedNameMarkup>()
            .ToList();
        return new WorkbookMarkup(properties, sheets, definedNames);
    }

    private static DateOnly? ParseCreated(XElement workbook, MarkupReader reader)
    {
        if (workbook.Attribute("created") is not { } created)
        {
            return null;
        }

        if (DateOnly.TryParseExact(created.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year >= 1980)
        {
            return date;
        }

        reader.Error(created, $"'created' must be an ISO date from 1980 on (yyyy-MM-dd), not '{created.Value}'");
        return null;
    }

    private static void ParseStyles(XElement styles, FormatCatalog formats, MarkupReader reader)
    {
        reader.AllowOnly(styles);
        reader.NoText(styles);
        foreach (var child in styles.Elements())
        {
            if (child.Name != "format")
            {
                reader.UnknownElement(child, "styles", "format");
                continue;
            }

            reader.AllowOnly(child, "name", "code");
            var name = reader.RequiredText(child, "name");
            var code = reader.RequiredText(child, "code");
            if (name is null || code is null)
            {
                continue;
            }

            if (code.Length is 0 or > 255)
            {
                reader.Error(child.Attribute("code")!, "a format code has 1 to 255 characters");
                continue;
            }

            formats.Declare(new NumberFormat(name, code));
        }
    }

    private static void ParseSheet(XElement sheet, FormatCatalog formats, MarkupReader reader, List<SheetMarkup> sheets)
    {
        var name = reader.RequiredText(sheet, "name") ?? "";
        if (sheet.Attribute("name") is { } nameAttribute)
        {
            if (NameRules.WhySheetNameIsInvalid(name) is { } whyNot)
            {
                reader.Error(nameAttribute, whyNot);
            }
            else if (sheets.Any(other => other.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                reader.Error(nameAttribute, $"there is already a sheet named '{name}'");
            }
        }

        sheets.Add(new SheetParser(reader, formats).Parse(sheet, name));
    }

    private static DefinedNameMarkup? ParseDefinedName(XElement element, string name, string reference, List<SheetMarkup> sheets, MarkupReader reader)
    {
        if (NameRules.WhyNameIsInvalid(name) is { } whyNot)
        {
            reader.Error(element.Attribute("id")!, whyNot);
            return null;
        }

        var referenceAttribute = element.Attribute("ref")!;
        var bang = reference.LastIndexOf('!');
        if (bang <= 0)
        {
            reader.Error(referenceAttribute, $"'{reference}' must name its sheet, e.g. 'Inputs'!B5");
            return null;
        }

        var sheetPart = reference[..bang];
        var sheetName = sheetPart.Length >= 2 && sheetPart[0] == '\'' && sheetPart[^1] == '\''
            ? sheetPart[1..^1].Replace("''", "'", StringComparison.Ordinal)
            : sheetPart;
        if (!CellRange.TryParse(reference.AsSpan(bang + 1), out var range))
        {
            reader.Error(referenceAttribute, $"'{reference[(bang + 1)..]}' is not a cell or range such as B5 or B5:D9");
            return null;
        }

        var sheet = sheets.FirstOrDefault(candidate => candidate.Name.Equals(sheetName, StringComparison.OrdinalIgnoreCase));
        if (sheet is null)
        {
            reader.Error(referenceAttribute, $"there is no sheet named '{sheetName}'");
            return null;
        }

        return new DefinedNameMarkup(name, sheet.Name, range, reader.LocationOf(element));
    }
}
