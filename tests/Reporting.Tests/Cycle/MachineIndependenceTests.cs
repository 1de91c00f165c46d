using Reporting.Tests.Support;

namespace Reporting.Tests.Cycle;

/// <summary>
/// Same inputs give the same bytes on any machine: the run is made as a child process under three time
/// zones (one west of UTC by more than the hour of the document dates, one east), different locale
/// settings and different working folders, and every file of the run folder and of the archived version
/// (the PDF/A-3b copies with their XMP included) must be byte-identical. An archive made under one zone
/// must then verify under another.
/// </summary>
public class MachineIndependenceTests
{
    private const string Deal = "gmacm-2006-he3-downgrade";
    private const string Period = "2007-08";

    private sealed record Machine(string Name, string TimeZone, string Lang, string? LcAll, bool FromRepository);

    private static readonly Machine[] Machines =
    [
        new("utc", "UTC", "C.UTF-8", null, FromRepository: true),
        new("new-york", "America/New_York", "en_US.UTF-8", null, FromRepository: false),
        new("tokyo", "Asia/Tokyo", "ja_JP.UTF-8", "tr_TR.UTF-8", FromRepository: false),
        new("berlin-utc", "UTC", "de_DE.UTF-8", "de_DE.UTF-8", FromRepository: false),
    ];

    [Fact]
    public void RunAndArchiveAreByteIdenticalUnderEveryTimeZoneLocaleAndWorkingFolder()
    {
        var root = Directory.CreateTempSubdirectory("reporting-machines-").FullName;
        try
        {
            foreach (var machine in Machines) Run(root, machine);

            var reference = Machines[0].Name;
            var runFiles = FilesUnder(Path.Combine(root, reference, "out"));
            var archiveFiles = FilesUnder(Path.Combine(root, reference, "archive", Deal, Period, "v0001"));
            Assert.Contains("manifest.json", runFiles);
            Assert.Contains(runFiles, f => f.EndsWith(".pdf", StringComparison.Ordinal));
            Assert.Contains(runFiles, f => f.EndsWith(".xlsx", StringComparison.Ordinal));
            Assert.Contains("archive.json", archiveFiles);
            foreach (var machine in Machines.Skip(1))
            {
                AssertSameFiles(Path.Combine(root, reference, "out"), Path.Combine(root, machine.Name, "out"), machine.Name);
                AssertSameFiles(Path.Combine(root, reference, "archive", Deal, Period, "v0001"),
                    Path.Combine(root, machine.Name, "archive", Deal, Period, "v0001"), machine.Name);
            }

            // Every PDF date is written with offset zero: a valid offset, and no machine's zone in it.
            foreach (var pdf in runFiles.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)))
            {
                var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(root, reference, "out", pdf)));
                Assert.Matches(@"/CreationDate \(D:\d{14}\+00'00'\)", text);
                Assert.DoesNotMatch(@"\(D:\d{14}[+-](?!00'00')", text);
            }

            // An archive made in UTC verifies (re-rendered byte for byte) in New York and in Tokyo.
            foreach (var zone in new[] { "America/New_York", "Asia/Tokyo" })
            {
                var verify = CliRun.In(root, new Dictionary<string, string> { ["TZ"] = zone },
                    "verify", Path.Combine(root, reference, "archive", Deal, Period, "v0001"));
                Assert.True(verify.ExitCode == 0, $"verify under {zone}: {verify.Stdout}{verify.Stderr}");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Run(string root, Machine machine)
    {
        var home = Directory.CreateDirectory(Path.Combine(root, machine.Name)).FullName;
        var environment = new Dictionary<string, string> { ["TZ"] = machine.TimeZone, ["LANG"] = machine.Lang };
        if (machine.LcAll is { } lcAll) environment["LC_ALL"] = lcAll;
        // From the repository with a relative deal path, or from the machine's own folder with an absolute one.
        var run = machine.FromRepository
            ? CliRun.In(Repo.Root, environment, "run", Path.Combine("deals", Deal), "--period", Period,
                "--out", Path.Combine(home, "out"), "--archive", Path.Combine(home, "archive"))
            : CliRun.In(home, environment, "run", Repo.Deal(Deal), "--period", Period,
                "--out", "out", "--archive", "archive");
        Assert.True(run.ExitCode == 0, $"{machine.Name}: {run.Stdout}{run.Stderr}");
    }

    private static string[] FilesUnder(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToArray();

    private static void AssertSameFiles(string expected, string actual, string machine)
    {
        Assert.Equal(FilesUnder(expected), FilesUnder(actual));
        foreach (var file in FilesUnder(expected))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs on machine '{machine}'");
        }
    }
}
