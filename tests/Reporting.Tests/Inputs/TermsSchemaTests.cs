using Reporting.RunFormat;
using Reporting.Inputs;

namespace Reporting.Tests.Inputs;

/// <summary>
/// Every key a loader reads is checked against the deal schema: an undeclared key, a kind of
/// value the schema does not declare, a different required-ness or a different set of choices
/// fails the load as a programming error, as does a key the schema declares that the loader
/// never reads. These tests use a small schema of the same shape as deal.schema.json.
/// </summary>
public class TermsSchemaTests
{
    private const string Schema = """
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["cap"],
          "properties": {
            "cap": { "$ref": "#/definitions/cap" },
            "parties": { "type": "object", "additionalProperties": { "$ref": "#/definitions/party" } }
          },
          "definitions": {
            "date": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" },
            "cap": {
              "type": "object",
              "additionalProperties": false,
              "required": ["trade_date"],
              "properties": {
                "trade_date": { "$ref": "#/definitions/date" },
                "count": { "enum": ["business", "calendar"] },
                "fixing_offset_business_days": { "type": "integer" },
                "events": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "id": { "type": "string" } } } }
              }
            },
            "party": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string" } } }
          }
        }
        """;

    private const string Yaml = """
        cap:
          trade_date: 2006-09-21
          events:
            - id: I
        parties:
          JPMC:
            name: JPMorgan Chase Bank, N.A.
        """;

    private readonly InputErrors errors = new();

    private TermsNode Root() => TermsFile.Read(new StringReader(Yaml), "deal.yaml", errors, TermsSchema.Parse(Schema)).Root!;

    /// <summary>Reads the file the way the schema declares it, with one read changed by <paramref name="change"/>.</summary>
    private void Load(Func<TermsNode, bool>? change = null)
    {
        var root = Root();
        var cap = root.RequiredSection("cap")!;
        if (change?.Invoke(cap) != true) cap.RequiredDate("trade_date");
        cap.OptionalChoice("count", new[] { "calendar", "business" });
        cap.OptionalInt("fixing_offset_business_days");
        foreach (var e in cap.SectionList("events"))
        {
            e.OptionalString("id");
            e.RejectUnknownKeys();
        }
        cap.RejectUnknownKeys();
        foreach (var (_, party) in root.NamedSections("parties"))
        {
            party.RequiredString("name");
            party.RejectUnknownKeys();
        }
        root.RejectUnknownKeys();
    }

    private static string Drift(Action load) => Assert.Throws<InvalidOperationException>(load).Message;

    [Fact]
    public void ALoaderThatReadsAsTheSchemaDeclaresLoads()
    {
        // Through $ref, a list's items and a map's values keyed by party name.
        Load();
        Assert.Empty(errors.All);
    }

    [Fact]
    public void AKeyTheSchemaDoesNotDeclare()
    {
        var message = Drift(() => Load(cap => { cap.OptionalDecimal("ceiling_percent"); return false; }));
        Assert.Equal("deal.schema.json and the loader disagree at cap.ceiling_percent: the loader reads a number but the schema does not declare the key (see docs/deal-schema.md).", message);
    }

    [Fact]
    public void AKindOfValueTheSchemaDoesNotDeclare()
    {
        var message = Drift(() => Load(cap => { cap.RequiredDate("trade_date"); cap.OptionalDate("fixing_offset_business_days"); return true; }));
        Assert.Contains("cap.fixing_offset_business_days: the loader reads a date but the schema declares type integer", message);
    }

    [Fact]
    public void ADifferentRequiredness()
    {
        Assert.Contains("cap.trade_date: the schema requires the key but the loader does not",
            Drift(() => Load(cap => { cap.OptionalDate("trade_date"); return true; })));
        Assert.Contains("cap.count: the loader requires the key but the schema does not",
            Drift(() => Load(cap => { cap.RequiredChoice("count", new[] { "business", "calendar" }); return false; })));
    }

    [Fact]
    public void ADifferentSetOfChoices()
    {
        var message = Drift(() => Load(cap => { cap.OptionalChoice("count", new[] { "business" }); return false; }));
        Assert.Contains("cap.count: the loader reads one of business but the schema declares one of business, calendar", message);
    }

    [Fact]
    public void AKeyTheSchemaDeclaresButTheLoaderNeverReads()
    {
        var root = Root();
        var cap = root.RequiredSection("cap")!;
        cap.RequiredDate("trade_date");
        var message = Drift(cap.RejectUnknownKeys);
        Assert.Contains("cap.count: the schema declares the key but the loader never reads it", message);
    }

    [Fact]
    public void AFileReadWithoutASchemaIsNotChecked()
    {
        var root = TermsFile.Read(new StringReader(Yaml), "deal.yaml", errors).Root!;
        root.OptionalDecimal("anything");
        root.RequiredSection("cap")!.OptionalDate("trade_date");
        Assert.Empty(errors.All);
    }

    [Fact]
    public void AKeyOfSeveralKindsFitsAReadOfAnyOfThem()
    {
        // A calendar written as one name or as a list (fixing_calendar: GBLO, or [USNY, US-MD]).
        const string schema = """
            {
              "type": "object",
              "properties": {
                "calendar": { "oneOf": [ { "type": "string" }, { "type": "array", "items": { "type": "string" } } ] }
              }
            }
            """;
        TermsNode Read(string yaml) => TermsFile.Read(new StringReader(yaml), "deal.yaml", errors, TermsSchema.Parse(schema)).Root!;

        Assert.Equal("GBLO", Read("calendar: GBLO").OptionalString("calendar"));
        Assert.Equal(new[] { "USNY", "US-MD" }, Read("calendar: [USNY, US-MD]").StringList("calendar"));
        Assert.Empty(errors.All);
        Assert.Contains("calendar: the loader reads a number but the schema declares type string or type array",
            Drift(() => Read("calendar: 5").OptionalDecimal("calendar")));
    }
}
