using System.Text;
using System.Text.RegularExpressions;
using Reporting.Testing;

namespace Reporting.Tests.Cycle;

/// <summary>
/// Planners pass typed facts and the templates word them: no string literal in
/// <c>src/Reporting.Cycle/Planning</c> holds prose. A literal holds prose when, with its
/// interpolation holes taken out, a letter is followed by a space and another letter ("Notice of",
/// "as of {date}"); the codes a planner does need (output kinds, file names, references such as
/// <c>{id}/CS/{period}</c>) are single tokens and pass. Comments are not scanned.
/// </summary>
public sealed partial class PlannerWordingTests
{
    [Fact]
    public void NoPlannerComposesAPrintedPhrase()
    {
        var folder = Repo.Path("src", "Reporting.Cycle", "Planning");
        var files = Directory.EnumerateFiles(folder, "*.cs").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        var prose = files.SelectMany(f => Prose(File.ReadAllText(f)).Select(p => $"{Path.GetFileName(f)}:{p.Line}: \"{p.Text}\"")).ToArray();
        Assert.True(prose.Length == 0, "Words belong in templates/ (documents/titles.sbn for titles):" + Environment.NewLine + string.Join(Environment.NewLine, prose));
    }

    [Fact]
    public void TheScanFindsPhrasesInEveryKindOfLiteralAndNotInCodesOrComments()
    {
        // Guards the test above against passing vacuously: the titles the planners composed before
        // they moved to templates/documents/titles.sbn are caught, the codes they keep are not.
        Assert.Equal(["Cap schedule as of "], Prose("var title = $\"Cap schedule as of {date:yyyy-MM-dd}\";").Select(p => p.Text));
        Assert.Equal(["Notice of Failure to Transfer"], Prose("var title = \"Notice of Failure to Transfer\";").Select(p => p.Text));
        Assert.Equal(["Working memo: "], Prose("var t = $@\"Working memo: {letter.Title}\";").Select(p => p.Text));
        Assert.Equal([" Demand for "], Prose("var t = $\"{(a ? \"CALL\" : \"RET\")} Demand for {x}\";").Select(p => p.Text));
        Assert.Equal(2, Prose("var a = \"one\";\nvar b = \"two words\";").Single().Line);
        Assert.Empty(Prose("var f = $\"cap-schedule-{context.Period}.xlsx\";"));
        Assert.Empty(Prose("var r = $\"{deal.Info.Id.ToUpperInvariant()}/{(d ? \"CALL\" : \"RET\")}/{v:yyyyMMdd}\";"));
        Assert.Empty(Prose("var o = $\"{terms.FloatingRateOption} {terms.DesignatedMaturity}\";"));
        Assert.Empty(Prose("// a comment with \"words in quotes\"\n/* and \"more words here\" */ var c = '\"';"));
    }

    /// <summary>Each string literal of <paramref name="source"/> holding prose: its text outside interpolation holes, and its line.</summary>
    private static IEnumerable<(int Line, string Text)> Prose(string source) =>
        Literals(source).Where(l => Words().IsMatch(l.Text));

    [GeneratedRegex(@"\p{L}[ \u00A0]+\p{L}")]
    private static partial Regex Words();

    /// <summary>
    /// The string literals of C# source, nested ones in interpolation holes included, each as its text
    /// outside the holes. Enough of the language for planners: comments, character literals, regular,
    /// verbatim and interpolated strings.
    /// </summary>
    private static List<(int Line, string Text)> Literals(string s)
    {
        var found = new List<(int, string)>();
        var i = 0;
        Code(s, ref i, found, stopAtBrace: false);
        return found;
    }

    /// <summary>Reads code up to the end (or, in a hole, to its closing brace), collecting literals.</summary>
    private static void Code(string s, ref int i, List<(int, string)> found, bool stopAtBrace)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '/' && At(s, i + 1) == '/') { while (i < s.Length && s[i] != '\n') i++; continue; }
            if (c == '/' && At(s, i + 1) == '*') { var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal); i = end < 0 ? s.Length : end + 2; continue; }
            if (c == '\'') { i++; while (i < s.Length && s[i] != '\'') i += s[i] == '\\' ? 2 : 1; i++; continue; }
            if (c == '{') depth++;
            if (c == '}' && depth-- == 0 && stopAtBrace) return;
            var prefix = 0;
            while (At(s, i + prefix) is '$' or '@') prefix++;
            if (At(s, i + prefix) == '"')
            {
                var interpolated = s.AsSpan(i, prefix).Contains('$');
                var verbatim = s.AsSpan(i, prefix).Contains('@');
                var line = s.Take(i).Count(ch => ch == '\n') + 1;
                i += prefix + 1;
                found.Add((line, String(s, ref i, found, interpolated, verbatim)));
                continue;
            }
            i++;
        }
    }

    /// <summary>Reads a string literal's body from after its opening quote; returns its text outside holes.</summary>
    private static string String(string s, ref int i, List<(int, string)> found, bool interpolated, bool verbatim)
    {
        var text = new StringBuilder();
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '"' && verbatim && At(s, i + 1) == '"') { text.Append('"'); i += 2; continue; }
            if (c == '"') { i++; break; }
            if (c == '\\' && !verbatim) { text.Append(At(s, i + 1)); i += 2; continue; }
            if (interpolated && c == '{' && At(s, i + 1) == '{') { text.Append('{'); i += 2; continue; }
            if (interpolated && c == '}' && At(s, i + 1) == '}') { text.Append('}'); i += 2; continue; }
            if (interpolated && c == '{') { i++; Code(s, ref i, found, stopAtBrace: true); i++; continue; }
            text.Append(c);
            i++;
        }
        return text.ToString();
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';
}
