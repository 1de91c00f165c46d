using Reporting.RunFormat;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.Testing;

namespace Reporting.Tests.Inputs;

/// <summary>
/// The YAML reader every terms loader uses: required and optional keys, null values, wrong
/// types, unknown and duplicate keys, each error located at the line and column of the key
/// or value concerned, and every error of a file reported at once.
/// </summary>
public class TermsNodeTests
{
    private readonly InputErrors _errors = new();

    private TermsNode Root(string yaml) => TermsFile.Read(new StringReader(yaml), "deal.yaml", _errors).Root!;

    private string[] Errors => _errors.All.Select(e => e.ToString()).ToArray();

    [Fact]
    public void PresentValuesAreReadWithTheirTypes()
    {
        var root = Root("""
            name: GMACM 2006-HE3
            trade_date: 2006-09-21
            notional: 571825082.60
            days: -2
            banner: true
            count: Business
            """);
        Assert.Equal("GMACM 2006-HE3", root.RequiredString("name"));
        Assert.Equal(Dates.D("2006-09-21"), root.RequiredDate("trade_date"));
        Assert.Equal(571825082.60m, root.RequiredDecimal("notional"));
        Assert.Equal(-2, root.RequiredInt("days"));
        Assert.True(root.OptionalBool("banner", fallback: false));
        // Choices are case-insensitive and come back in their canonical spelling.
        Assert.Equal("business", root.RequiredChoice("count", new[] { "business", "calendar" }));
        root.RejectUnknownKeys();
        Assert.Empty(Errors);
    }

    [Fact]
    public void AbsentOptionalKeysAreNullWithoutError()
    {
        var root = Root("name: x\n");
        Assert.Null(root.OptionalString("description"));
        Assert.Null(root.OptionalDate("confirmation_date"));
        Assert.Null(root.OptionalDecimal("ceiling_percent"));
        Assert.Null(root.OptionalInt("delinquency_threshold_days"));
        Assert.False(root.OptionalBool("banner", fallback: false));
        Assert.Null(root.OptionalSection("cap"));
        Assert.Empty(root.SectionList("events"));
        Assert.Empty(root.StringList("address"));
        Assert.Empty(Errors);
    }

    [Fact]
    public void NullOptionalValuesAreAbsent()
    {
        // `~`, `null` and an empty value are YAML's null; an optional key holding it is not given.
        var root = Root("""
            description: ~
            ceiling_percent: null
            cap:
            """);
        Assert.Null(root.OptionalString("description"));
        Assert.Null(root.OptionalDecimal("ceiling_percent"));
        Assert.Null(root.OptionalSection("cap"));
        root.RejectUnknownKeys();
        Assert.Empty(Errors);
    }

    [Fact]
    public void QuotedEmptyTextIsAValueNotNull()
    {
        var root = Root("notification_time: ''\n");
        Assert.Equal("", root.RequiredString("notification_time"));
        Assert.Empty(Errors);
    }

    [Fact]
    public void MissingRequiredKeyIsReportedAtItsMapping()
    {
        var root = Root("""
            cap:
              trade_date: 2006-09-21
            """);
        var cap = root.RequiredSection("cap")!;
        cap.RequiredDate("effective_date");
        // The mapping `cap:` holds starts at line 2, column 3 (its first key).
        Assert.Equal(new[] { "deal.yaml:2:3: cap.effective_date: required key is missing (expected a date (yyyy-mm-dd))" }, Errors);
    }

    [Fact]
    public void NullRequiredValuesAreReportedAtTheValue()
    {
        // Without this check `index: ~` read as an empty index and every period lacked a fixing.
        var root = Root("""
            index: ~
            trade_date: null
            notional:
            days: ~
            count: ~
            premium: ~
            """);
        root.RequiredString("index");
        root.RequiredDate("trade_date");
        root.RequiredDecimal("notional");
        root.RequiredInt("days");
        root.RequiredChoice("count", new[] { "business", "calendar" });
        root.RequiredSection("premium");
        Assert.Equal(new[]
        {
            "deal.yaml:1:8: index: required key has no value (expected a text value)",
            "deal.yaml:2:13: trade_date: required key has no value (expected a date (yyyy-mm-dd))",
            // An empty value is located where the value would have started: the end of its line.
            "deal.yaml:3:10: notional: required key has no value (expected a number)",
            "deal.yaml:4:7: days: required key has no value (expected a whole number)",
            "deal.yaml:5:8: count: required key has no value (expected one of business, calendar)",
            "deal.yaml:6:10: premium: required key has no value (expected a section)",
        }, Errors);
    }

    [Fact]
    public void NullRequiredIndexInADealFileIsAnInputError()
    {
        using var deal = new TempDeal("gmacm-2006-he3");
        deal.Replace("deal.yaml", "index: USD-LIBOR-BBA-1M", "index: ~");
        var error = Assert.Single(Assert.Throws<InputException>(() => DealLoader.LoadTerms(deal.Folder)).Errors);
        Assert.Equal("cap.floating.index", error.Field);
        Assert.Equal("required key has no value (expected a text value)", error.Message);
        Assert.Equal(92, error.Line);
    }

    [Fact]
    public void WrongTypesNameTheValueAndWhatWasExpected()
    {
        var root = Root("""
            trade_date: 2006-09-31
            notional: 571,825,082.60
            days: 2.5
            banner: yes
            count: weekdays
            calendar: USNX
            name: [a, b]
            cap: 5
            events: {}
            """);
        root.OptionalDate("trade_date");
        root.RequiredDecimal("notional");
        root.RequiredInt("days");
        root.OptionalBool("banner", fallback: false);
        root.RequiredChoice("count", new[] { "business", "calendar" });
        root.Optional("calendar", TermsParsers.Calendar);
        root.RequiredString("name");
        root.OptionalSection("cap");
        root.SectionList("events");
        Assert.Equal(new[]
        {
            "deal.yaml:1:13: trade_date: '2006-09-31' is not a date (expected yyyy-mm-dd)",
            "deal.yaml:2:11: notional: '571,825,082.60' is not a number (expected digits with '.' as decimal point)",
            "deal.yaml:3:7: days: '2.5' is not a whole number",
            "deal.yaml:4:9: banner: 'yes' is not true or false",
            "deal.yaml:5:8: count: 'weekdays' is not one of business, calendar",
            Errors[5], // the calendar parser's own wording; checked below
            "deal.yaml:7:7: name: expected a single value",
            "deal.yaml:8:6: cap: expected a mapping of keys to values",
            "deal.yaml:9:9: events: expected a list",
        }, Errors);
        Assert.StartsWith("deal.yaml:6:11: calendar: 'USNX' is not ", Errors[5]);
    }

    [Fact]
    public void UnknownKeysAreReportedAtTheKeyWithTheirSection()
    {
        var root = Root("""
            name: x
            cap:
              ceiling_pct: 9.89
            """);
        root.RequiredString("name");
        var cap = root.RequiredSection("cap")!;
        cap.OptionalDecimal("ceiling_percent");
        cap.RejectUnknownKeys();
        root.RejectUnknownKeys();
        Assert.Equal(new[] { "deal.yaml:3:3: cap.ceiling_pct: unknown key in cap" }, Errors);
    }

    [Fact]
    public void ListItemsCarryTheirIndexInThePath()
    {
        var root = Root("""
            events:
              - id: I
              - 5
              - id: II
                extra: 1
            """);
        var events = root.SectionList("events");
        foreach (var e in events)
        {
            e.RequiredString("id");
            e.RejectUnknownKeys();
        }
        Assert.Equal(new[] { "I", "II" }, events.Select(e => e.OptionalString("id")));
        Assert.Equal(new[]
        {
            "deal.yaml:3:5: events[1]: expected a mapping of keys to values",
            "deal.yaml:5:5: events[2].extra: unknown key in events[2]",
        }, Errors);
    }

    [Fact]
    public void DuplicateKeysAreRejectedAtTheSecondOccurrence()
    {
        var file = TermsFile.Read(new StringReader("name: a\nid: x\nname: b\n"), "deal.yaml", _errors);
        Assert.Null(file.Root);
        var error = Assert.Single(_errors.All);
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("not valid YAML", error.Message);
    }

    [Fact]
    public void EveryErrorOfAFileIsCollectedInOrderOfReading()
    {
        var root = Root("""
            id: ~
            cap:
              trade_date: 2006-13-01
              strike: 7.86
            """);
        root.RequiredString("id");
        root.RequiredString("name");
        var cap = root.RequiredSection("cap")!;
        cap.RequiredDate("trade_date");
        cap.RejectUnknownKeys();
        root.RejectUnknownKeys();
        Assert.Equal(new[]
        {
            "deal.yaml:1:5: id: required key has no value (expected a text value)",
            "deal.yaml:1:1: name: required key is missing (expected a text value)",
            "deal.yaml:3:15: cap.trade_date: '2006-13-01' is not a date (expected yyyy-mm-dd)",
            "deal.yaml:4:3: cap.strike: unknown key in cap",
        }, Errors);
    }

    [Fact]
    public void AFileThatIsNotAMappingIsOneErrorAtItsStart()
    {
        var file = TermsFile.Read(new StringReader("- a\n- b\n"), "deal.yaml", _errors);
        Assert.Null(file.Root);
        Assert.Equal(new[] { "deal.yaml:1:1: expected a YAML mapping of keys to values at the top level" }, Errors);
    }
}
