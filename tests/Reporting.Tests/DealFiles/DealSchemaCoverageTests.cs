using System.Text.Json.Nodes;
using Reporting.Deals;
using YamlDotNet.RepresentationModel;
using Reporting.Testing;

namespace Reporting.Tests.DealFiles;

/// <summary>
/// Loading a deal checks every key the loaders read against deal.schema.json (TermsSchemaTests).
/// That check sees the sections a deal has; these tests make sure the sample deals have every
/// section the schema declares, and that the sections whose keys come from a catalog in code
/// (interpretations, templates) declare exactly that catalog.
/// </summary>
public class DealSchemaCoverageTests
{
    private static readonly JsonObject _schema = JsonNode.Parse(File.ReadAllText(Repo.Path("schemas", "deal.schema.json")))!.AsObject();

    [Fact]
    public void EverySampleDealLoadsWithTheLoadersMatchingTheSchema()
    {
        foreach (var deal in SampleDeals()) DealLoader.LoadTerms(Repo.Path("deals", deal));
    }

    [Fact]
    public void EveryMappingTheSchemaDeclaresAppearsInASampleDeal()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var deal in SampleDeals())
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(Repo.Path("deals", deal, "deal.yaml"))));
            CollectMappings(yaml.Documents[0].RootNode, "", seen);
        }
        var declared = new List<string>();
        CollectDeclared(_schema, "", declared, depth: 0);
        var missing = declared.Where(path => !seen.Contains(path)).ToArray();
        Assert.True(missing.Length == 0, $"no sample deal has: {string.Join(", ", missing)}");
    }

    [Fact]
    public void InterpretationsDeclareTheCatalogsReadingsAndOptions()
    {
        var properties = _schema["properties"]!["interpretations"]!["properties"]!.AsObject();
        Assert.Equal(InterpretationCatalog.All.Select(d => d.Key).Order(StringComparer.Ordinal),
            properties.Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var definition in InterpretationCatalog.All)
        {
            // A fixed reading accepts only its default (InterpretationsLoader).
            var choices = properties[definition.Key]!["enum"]!.AsArray().Select(c => (string)c!);
            Assert.Equal(definition.Configurable ? definition.Options.Select(o => o.Choice) : [definition.DefaultChoice], choices);
        }
    }

    [Fact]
    public void ReadingClausesDeclareTheCatalogsReadings()
    {
        // reading_clauses: cites a clause for any reading of the catalog and nothing else (InterpretationsLoader).
        var keys = _schema["properties"]!["reading_clauses"]!["propertyNames"]!["enum"]!.AsArray().Select(k => (string)k!);
        Assert.Equal(InterpretationCatalog.All.Select(d => d.Key).Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TemplatesDeclareTheOutputKinds()
    {
        var kinds = _schema["properties"]!["templates"]!["propertyNames"]!["enum"]!.AsArray().Select(k => (string)k!);
        Assert.Equal(DocumentTemplatesLoader.OutputKinds, kinds);
    }

    private static IEnumerable<string> SampleDeals() =>
        Directory.GetDirectories(Repo.Path("deals")).Where(d => File.Exists(Path.Combine(d, "deal.yaml"))).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>Paths of mappings: <c>cap.floating</c>; list items as <c>[]</c>, map values (parties by name) as <c>*</c>.</summary>
    private static void CollectMappings(YamlNode node, string path, HashSet<string> seen)
    {
        switch (node)
        {
            case YamlMappingNode map:
                seen.Add(path);
                foreach (var (key, value) in map.Children)
                {
                    var name = ((YamlScalarNode)key).Value!;
                    CollectMappings(value, Join(path, name), seen);
                    CollectMappings(value, Join(path, "*"), seen);
                }
                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children) CollectMappings(item, path + "[]", seen);
                break;
        }
    }

    private static void CollectDeclared(JsonObject node, string path, List<string> declared, int depth)
    {
        node = Resolve(node);
        if (depth > 20) return; // the file has no recursive definitions; this only guards the walk
        if ((string?)node["type"] == "object" && node["properties"] is JsonObject properties)
        {
            declared.Add(path);
            foreach (var (key, value) in properties) CollectDeclared(value!.AsObject(), Join(path, key), declared, depth + 1);
        }
        if (node["additionalProperties"] is JsonObject values) CollectDeclared(values, Join(path, "*"), declared, depth + 1);
        if (node["items"] is JsonObject items) CollectDeclared(items, path + "[]", declared, depth + 1);
    }

    private static JsonObject Resolve(JsonObject node)
    {
        while (node["$ref"] is JsonValue reference)
            node = _schema["definitions"]![((string)reference!)["#/definitions/".Length..]]!.AsObject();
        return node;
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
