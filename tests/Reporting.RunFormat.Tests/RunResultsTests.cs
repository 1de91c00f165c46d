using System.Text;
using System.Text.Json;

namespace Reporting.RunFormat.Tests;

public sealed class RunResultsTests
{
    [Fact]
    public void Results_are_written_as_docs_run_output_shows_them()
    {
        using var figures = JsonDocument.Parse("""{"amount_due": 1234.5}""");
        var results = new RunResults("sample-deal", "2007-03",
            new SortedDictionary<string, JsonElement>(StringComparer.Ordinal) { ["notice-2007-03"] = figures.RootElement });

        var text = Encoding.UTF8.GetString(ReportingJson.ToFileBytes(results));

        Assert.Equal(
            "{\n  \"deal_id\": \"sample-deal\",\n  \"period\": \"2007-03\",\n  \"documents\": {\n"
            + "    \"notice-2007-03\": {\n      \"amount_due\": 1234.5\n    }\n  }\n}\n",
            text);
    }
}
