using CsCheck;
using NodaTime;
using Reporting.Cycle;
using Reporting.Inputs;
using Reporting.RunFormat;
using Reporting.Tests.Support;

namespace Reporting.Tests.Hardening;

/// <summary>
/// Generated damage to every input file of every sample deal (CsCheck): each mutated deal is
/// either accepted or rejected with located errors; nothing else (no other exception, no stack
/// trace, no output) ever comes out. In-process for speed; a few cases also through the command.
/// </summary>
public class InputMutationTests
{
    /// <summary>What a careless edit or a hostile file can put into a deal.</summary>
    private static readonly string[] Tokens =
    {
        "", ",", "\"", "\0", "\n", " ", "-", "x", "9", "\u00e9", "\uFEFF", ":", "#", "{", "[", "---\n", "- ", "&a", "*a", "!!binary ",
        "../", "/etc/passwd", "none", "9999-12-31", "0001-01-01", "1900-01-01", "2007-02-30", "79228162514264337593543950335",
        "-79228162514264337593543950335", "1e400", "NaN", "2147483648", "-1", "0", "1,000.00", "A11", "\t", "\r\n", "~", "null",
    };

    /// <summary>Mutations per file: 12 keeps the suite quick; set REPORTING_MUTATIONS for a longer hunt.</summary>
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("REPORTING_MUTATIONS"), out var n) ? n : 12;

    private sealed record Mutation(int Kind, int At, int Other, string Token);

    private static readonly Gen<Mutation> Mutations =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, Tokens.Length - 1].Select(i => Tokens[i]),
            (kind, at, other, token) => new Mutation(kind, at, other, token));

    public static TheoryData<string, string> InputFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var deal in new[] { "gmacm-2006-he3", "gmacm-2006-he3-downgrade", "ramp-2006-rs3" })
            foreach (var file in Directory.GetFiles(Repo.Deal(deal)).Select(Path.GetFileName).Where(f => f != "README.md").Order(StringComparer.Ordinal))
                data.Add(deal, file!);
        return data;
    }

    [Theory]
    [MemberData(nameof(InputFiles))]
    public void AMutatedInputIsAcceptedOrALocatedErrorNeverAnythingElse(string dealId, string file)
    {
        using var deal = new TempDeal(dealId);
        var original = File.ReadAllText(deal.Path(file));
        int accepted = 0, rejected = 0;
        Mutations.Sample(mutation =>
        {
            File.WriteAllText(deal.Path(file), Apply(original, mutation));
            try
            {
                LoadAndPlan(deal.Folder, dealId);
                accepted++;
            }
            catch (InputException e)
            {
                rejected++;
                Assert.NotEmpty(e.Errors);
                foreach (var error in e.Errors)
                {
                    Assert.False(string.IsNullOrWhiteSpace(error.File), $"an error names no file: {error}");
                    Assert.False(string.IsNullOrWhiteSpace(error.Message), $"an error says nothing: {error}");
                    Assert.DoesNotContain("   at ", error.Message);
                }
            }
            Assert.False(Directory.Exists(deal.Path("out")), "a load wrote output");
        }, iter: Iterations, threads: 1, seed: null);
        Assert.Equal(Iterations, accepted + rejected);
    }

    [Fact]
    public void MutatedDealsThroughTheCommandExitZeroOrOneWithNoStackTraceAndNoOutputOnError()
    {
        var files = new[] { "deal.yaml", "ratings.csv", "exposures.csv", "collateral.csv", "fixings.csv", "actions.csv" };
        var gen = Gen.Select(Gen.Int[0, files.Length - 1], Mutations);
        gen.Sample(pick =>
        {
            var (index, mutation) = pick;
            using var sample = new Scratch("gmacm-2006-he3-downgrade");
            var path = sample.DealFile(files[index]);
            File.WriteAllText(path, Apply(File.ReadAllText(path), mutation));
            var run = sample.Run("2007-08", "--out", sample.Out);
            Assert.True(run.ExitCode is 0 or 1, $"exit {run.ExitCode}: {run.Stderr}");
            Assert.DoesNotContain("   at ", run.Stderr);
            Assert.DoesNotContain("internal error", run.Stderr);
            if (run.ExitCode == 1)
            {
                Assert.Contains("nothing was written.", run.Stderr);
                Assert.False(Directory.Exists(sample.Out));
                Assert.False(Directory.Exists(sample.Archive));
            }
        }, iter: 4, threads: 1);
    }

    private static string Apply(string text, Mutation m)
    {
        var lines = text.Split('\n').ToList();
        int line = m.At % lines.Count, other = m.Other % lines.Count;
        int at = text.Length == 0 ? 0 : m.At % text.Length;
        switch (m.Kind)
        {
            case 0: lines.RemoveAt(line); return string.Join('\n', lines);
            case 1: lines.Insert(other, lines[line]); return string.Join('\n', lines);
            case 2: (lines[line], lines[other]) = (lines[other], lines[line]); return string.Join('\n', lines);
            case 3: return text[..at] + m.Token + text[Math.Min(text.Length, at + 1)..];
            case 4: return text[..at] + m.Token + text[at..];
            case 5: return text[..at];
            default:
                // Replace one field of a line (a CSV cell, or a YAML value after its colon).
                var fields = lines[line].Split(lines[line].Contains(',') ? ',' : ':');
                fields[m.Other % fields.Length] = m.Token;
                lines[line] = string.Join(lines[line].Contains(',') ? ',' : ':', fields);
                return string.Join('\n', lines);
        }
    }

    private static void LoadAndPlan(string folder, string dealId)
    {
        var month = dealId switch
        {
            "ramp-2006-rs3" => new YearMonth(2007, 6),
            "gmacm-2006-he3" => new YearMonth(2006, 11),
            _ => new YearMonth(2007, 8),
        };
        var context = MonthlyCycle.Prepare(new RunRequest(folder, month, Repo.Path("templates"), Path.Combine(folder, "out")));
        MonthlyCycle.Plan(context);
    }
}
