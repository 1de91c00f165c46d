using System.Text.RegularExpressions;
using Reporting.Testing;

namespace Reporting.Tests.Hardening;

/// <summary>
/// Eight runs of one deal id and month at once, each from its own deal folder with different
/// inputs, all into the default output folder and one archive: each reports exactly the version
/// that holds its own inputs, and none claims "same inputs" for inputs that are not archived.
/// </summary>
public class ConcurrentRunTests
{
    [Fact]
    public void EightConcurrentRunsOfOneDealEachArchiveWhatTheyRendered()
    {
        var root = Directory.CreateTempSubdirectory("reporting-concurrent-").FullName;
        try
        {
            const int runs = 8;
            var dealYamls = new string[runs];
            for (int i = 0; i < runs; i++)
            {
                var folder = Path.Combine(root, $"deal-{i}");
                Folders.Copy(Repo.Deal("gmacm-2006-he3"), folder);
                File.AppendAllText(Path.Combine(folder, "deal.yaml"), $"# variant {i}\n");
                dealYamls[i] = File.ReadAllText(Path.Combine(folder, "deal.yaml"));
            }
            var processes = Enumerable.Range(0, runs)
                .Select(i => ChildProcess.Start(root, "run", $"deal-{i}", "--period", "2007-08", "--templates", Repo.Path("templates")))
                .ToArray();
            var results = processes.Select(ChildProcess.Finish).ToArray();

            var versions = new HashSet<int>();
            for (int i = 0; i < runs; i++)
            {
                var (code, stdout, stderr) = results[i];
                Assert.True(code == 0, $"run {i}: exit {code}: {stderr}");
                var match = Regex.Match(stdout, @"Archived as version (\d+) in (\S+)");
                Assert.True(match.Success, $"run {i} did not archive anew: {stdout}");
                versions.Add(int.Parse(match.Groups[1].Value));
                // The version a run reports holds the very inputs that run read.
                Assert.Equal(dealYamls[i], File.ReadAllText(Path.Combine(match.Groups[2].Value, "inputs", "deal.yaml")));
            }
            Assert.Equal(Enumerable.Range(1, runs).ToHashSet(), versions);

            // The output folder is the complete run of one of them, with no debris beside it.
            var parent = Path.Combine(root, "output", "gmacm-2006-he3");
            Assert.Equal(new[] { "2007-08" }, Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
            var manifest = File.ReadAllText(Path.Combine(parent, "2007-08", "manifest.json"));
            Assert.Contains(Enumerable.Range(1, runs), v =>
                File.ReadAllText(Path.Combine(root, "archive", "gmacm-2006-he3", "2007-08", $"v{v:D4}", "manifest.json")) == manifest);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
