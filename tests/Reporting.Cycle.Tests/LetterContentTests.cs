using System.Text.RegularExpressions;
using Reporting.Cycle;
using Reporting.Deals;
using Reporting.RunFormat;
using Reporting.Testing;
using Reporting.Tests.Cycle.Approved;
using UglyToad.PdfPig;

namespace Reporting.Tests.Cycle;

/// <summary>
/// Letters to the other side carry nothing of the software: no input file names, no option keys
/// of the terms file, no internal codes (remedy codes, collateral type codes, calendar codes, the
/// engines' fact kinds), no "Interpretations" section. Scans the text of every page of every
/// letter of every month of the sample deals that sends letters. The desk's own documents (the
/// statement and the working memo beside each letter) may name them and are not scanned.
/// </summary>
public sealed class LetterContentTests
{
    private static readonly string[] _letterKinds =
    [
        "confirmation", "ratings-event-notice", "collateral-demand", "termination-event-notice", "collateral-call", "collateral-return", "failure-to-transfer",
    ];

    public static TheoryData<string, string> Months()
    {
        var months = new TheoryData<string, string> { { "gmacm-2006-he3", "2006-08" }, { "bny-2007-corridor", "2007-02" }, { "corridor-2007-payment-dates", "2006-08" } };
        // The downgrade scenario sends its confirmation in August 2006 and letters from May 2007
        // (Ratings Event I) to February 2008 (the Return Amount); March 2008 returns the last cash.
        months.Add("gmacm-2006-he3-downgrade", "2006-08");
        for (var m = new NodaTime.YearMonth(2007, 5); m <= new NodaTime.YearMonth(2008, 3); m = m.PlusMonths(1))
            months.Add("gmacm-2006-he3-downgrade", $"{m.Year:D4}-{m.Month:D2}");
        return months;
    }

    /// <summary>Words of the software: each with what it is, so a failure says what leaked.</summary>
    private static IEnumerable<(Regex Pattern, string What)> Forbidden()
    {
        yield return (new Regex(@"\.(csv|ya?ml|json|sbn|xlsx)\b", RegexOptions.IgnoreCase), "a file name");
        yield return (new Regex(@"\bconfigurable\b|\bInterpretations\b"), "the readings note");
        yield return (new Regex(@"(^|\s)--[a-z]"), "a command-line option");
        foreach (var reading in InterpretationCatalog.All)
            yield return (new Regex(Regex.Escape(reading.Key)), "an option key of the terms file");
        foreach (var code in new[] { "credit-support-document", "collateral-agreement", "rating-agency-confirmation" })
            yield return (new Regex($@"\b{Regex.Escape(code)}\b"), "a remedy code");
        yield return (new Regex(@"(^|\s)(ust|cp|agency)(\s|$)"), "a collateral type code");
        yield return (new Regex(@"\b(USNY|GBLO)\b"), "a calendar code");
        yield return (new Regex(@"\b(no-notice|late-notice|no-remedy|no-collateral|at-or-below|issuer-limit|total-limit|beyond-longest-band|excluded-issuer|not-eligible-type|no-notice-address|rating-agency)\b"), "an internal fact kind");
        yield return (new Regex(@"\b(cap-provider|counterparty|master-servicer)\b"), "a party role code");
        yield return (new Regex(@"\bgmacm-2006-he3\b"), "a deal folder id");
        yield return (new Regex(@"\bdeal\.yaml\b|\bconfigurable:"), "the terms file or an option note");
    }

    /// <summary>
    /// Every code of the software that looks like a hyphenated or underscored word: the kebab-case
    /// string literals of the domain and the cycle (kinds, remedy and status codes, reading keys and
    /// choices, output kinds), their enums' members as the run files write them, and the terms file's
    /// keys. English words the contracts themselves write with a hyphen are not codes.
    /// </summary>
    private static readonly Lazy<HashSet<string>> _codes = new(() =>
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var literal = new Regex(@"""([a-z]+(?:[-_][a-z]+)+)""");
        foreach (var folder in new[] { "src/Reporting", "src/Reporting.Cycle" })
        {
            foreach (var file in Directory.EnumerateFiles(Repo.Path(folder), "*.cs", SearchOption.AllDirectories))
                foreach (Match m in literal.Matches(File.ReadAllText(file))) codes.Add(m.Groups[1].Value);
        }
        foreach (var type in typeof(DealTerms).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic))
        {
            foreach (var value in Enum.GetValues(type))
                codes.Add(ReportingJson.Serialize(value).Trim('"'));
        }
        foreach (Match m in literal.Matches(File.ReadAllText(Repo.Path("schemas/deal.schema.json")))) codes.Add(m.Groups[1].Value);
        foreach (var reading in InterpretationCatalog.All)
        {
            codes.Add(reading.Key);
            foreach (var option in reading.Options) codes.Add(option.Choice);
        }
        codes.RemoveWhere(c => !Regex.IsMatch(c, @"^[a-z]+(?:[-_.][a-z]+)+$"));
        codes.ExceptWith(["long-term", "short-term"]);
        return codes;
    });

    /// <summary>The codes of the software a line of a letter holds.</summary>
    private static IEnumerable<string> CodesIn(string line) =>
        Regex.Matches(line, @"(?<![\w-])[a-z]+(?:[-_.][a-z]+)+(?![\w-])").Select(m => m.Value).Where(_codes.Value.Contains);

    [Theory]
    [MemberData(nameof(Months))]
    public void NoLetterCarriesFileNamesOptionKeysOrInternalCodes(string dealId, string period)
    {
        using var run = new ScratchRun(dealId, period);
        var manifest = RunManifest.Load(Path.Combine(run.Folder, RunManifest.FileName));
        var letters = manifest.Outputs.Where(o => _letterKinds.Contains(o.Kind)).ToArray();
        var leaks = new List<string>();
        foreach (var letter in letters)
        {
            using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(run.Folder, letter.Path)));
            foreach (var page in pdf.GetPages())
            {
                foreach (var line in PdfText.Lines(page))
                {
                    foreach (var (pattern, what) in Forbidden())
                    {
                        if (pattern.IsMatch(line)) leaks.Add($"{letter.Path} page {page.Number}: {what}: {line}");
                    }
                    foreach (var code in CodesIn(line)) leaks.Add($"{letter.Path} page {page.Number}: the code '{code}': {line}");
                }
            }
        }
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }

    [Fact]
    public void TheDenyListHoldsTheSoftwaresCodesAndNotTheContractsWords()
    {
        // Guards the scan against a deny list that is empty or that forbids the contracts' own words.
        Assert.Superset(new HashSet<string>
        {
            "credit-support-document", "rating-agency-confirmation", "no-notice-address", "beyond-longest-band", "worst-row",
            "collateral.factor-row", "copy_rating_agencies", "fixings_file", "below-threshold", "lacks-confirmation", "not-eligible",
        }, _codes.Value);
        Assert.DoesNotContain("long-term", _codes.Value);
        Assert.Equal(["credit-support-document"], CodesIn("by a credit-support-document on June 22"));
        Assert.Empty(CodesIn("Moody's long-term A2 (Third Party Credit Support Document)"));
    }

    [Fact]
    public void TheScanCoversLettersOfEveryKindTheScenarioSends()
    {
        // Guards the test above against passing vacuously: the months it scans do hold letters.
        var kinds = new HashSet<string>();
        foreach (var period in new[] { "2007-08", "2007-11", "2008-02" })
        {
            using var run = new ScratchRun("gmacm-2006-he3-downgrade", period);
            var manifest = RunManifest.Load(Path.Combine(run.Folder, RunManifest.FileName));
            kinds.UnionWith(manifest.Outputs.Select(o => o.Kind));
        }
        Assert.Superset(new HashSet<string> { "ratings-event-notice", "collateral-demand", "termination-event-notice", "collateral-call", "collateral-return", "notice-memo" }, kinds);
    }
}
