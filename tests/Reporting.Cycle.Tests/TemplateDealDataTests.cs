using System.Text.RegularExpressions;
using Reporting.Testing;

namespace Reporting.Tests.Cycle;

/// <summary>
/// What differs between deals is deal data, never template text: no template of the documents or
/// workbooks names a rating agency (the agencies, their ratings and their conditions come from the
/// deal's terms), and the Interpretations note cites no clause number of its own (each deal cites
/// its clauses under <c>reading_clauses:</c>; the next confirmation numbers its parts differently).
/// </summary>
public sealed class TemplateDealDataTests
{
    private static readonly Regex _agency = new(@"S&(amp;)?P\b|Moody|Fitch|\bDBRS\b");
    private static readonly Regex _clauseNumber = new(@"\b(Paragraph|Section|Part)\s+[0-9IVX]+(\.[0-9]+)?\s*\(|\bAmendment No\.");

    private static IEnumerable<string> Templates() =>
        new[] { "documents", "workbooks" }
            .SelectMany(folder => Directory.EnumerateFiles(Repo.Path("templates", folder), "*.sbn"))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void NoTemplateNamesARatingAgency()
    {
        var found = Templates()
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => _agency.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToArray();
        Assert.True(found.Length == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void TheReadingsCiteNoClauseNumberOfTheirOwn()
    {
        var reading = File.ReadAllLines(Repo.Path("templates", "documents", "_reading.sbn"));
        var found = reading.Select((line, i) => (Line: i + 1, Text: line)).Where(l => _clauseNumber.IsMatch(l.Text)).Select(l => $"_reading.sbn:{l.Line}").ToArray();
        Assert.True(found.Length == 0, string.Join(", ", found));
        // The guard itself: the citations the note printed before they moved to deal.yaml are caught.
        Assert.Matches(_clauseNumber, "<b>Annex A, Paragraph 13(m)(v) (Factor)</b>");
        Assert.Matches(_clauseNumber, "Amendment No. 1, Section 4.07(a)");
        Assert.Matches(_agency, "not required at the pledgor's current S&amp;P long-term rating");
    }
}
