using System.Globalization;
using System.Text.Json.Nodes;
using NJsonSchema;
using Reporting.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Reporting.Tests.DealFiles;

/// <summary>The published JSON Schema of deal.yaml accepts every sample deal and rejects what the loader rejects.</summary>
public class DealSchemaTests
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromFileAsync(Repo.Path("schemas", "deal.schema.json")).GetAwaiter().GetResult();

    public static TheoryData<string> SampleDeals()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Repo.Path("deals")).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, "deal.yaml"))) data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleDeals))]
    public void SampleDealValidates(string dealId)
    {
        var json = YamlAsJson(File.ReadAllText(Repo.Path("deals", dealId, "deal.yaml")))!;
        var errors = Schema.Validate(json.ToJsonString());
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void UnknownKeyIsRejected()
    {
        var yaml = File.ReadAllText(Repo.Path("deals", "gmacm-2006-he3", "deal.yaml"))
            .Replace("ceiling_percent: 9.89", "ceiling_pct: 9.89");
        Assert.NotEmpty(Schema.Validate(YamlAsJson(yaml)!.ToJsonString()));
    }

    [Fact]
    public void TheScheduleAndCalendarConstructsValidate()
    {
        // docs/cap-terms.md: a Schedule A list, unadjusted accrual, a payment adjustment, a stated
        // first rate, and a calendar list naming a calendar the deal defines.
        var yaml = File.ReadAllText(Repo.Path("deals", "gmacm-2006-he3", "deal.yaml"))
            .Replace("# Part II of the confirmation", """
                calendars:
                  BOSTON:
                    union: [US-MA]
                    holidays:
                      - {name: Evacuation Day, month: 3, day: 17, observed: sunday-to-monday}
                      - {name: Day after Thanksgiving, month: 11, weekday: thursday, nth: 4, days_after: 1}
                      - {name: Good Friday, easter_offset: -2}
                      - {name: Election Day, election_day: even-years}
                # Part II of the confirmation
                """)
            .Replace("    first_period_end_date: 2006-10-25", "    period_end_dates: [2006-10-25, 2008-05-25]\n    accrual_dates: unadjusted\n    initial_rate_percent: 5.33")
            .Replace("    payment_offset_business_days: -1", "    payment_offset_business_days: 0\n    payment_adjustment: {convention: modified-following, calendar: [USNY, US-MD, BOSTON]}");
        var errors = Schema.Validate(YamlAsJson(yaml)!.ToJsonString());
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));

        var both = yaml.Replace("    accrual_dates: unadjusted", "    accrual_dates: unadjusted\n    first_period_end_date: 2006-10-25");
        Assert.NotEmpty(Schema.Validate(YamlAsJson(both)!.ToJsonString()));
    }

    /// <summary>YAML to JSON the way YAML 1.2's core schema types plain scalars: numbers, booleans, null, else strings.</summary>
    private static JsonNode? YamlAsJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } s when s.Value is null or "" or "~" or "null" => null,
        YamlScalarNode { Style: ScalarStyle.Plain } s when s.Value is "true" or "false" => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } s when decimal.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType}"),
    };
}
