using System.Text.Json;
using Reporting.Cycle;
using Reporting.RunFormat;
using Reporting.Tests.Support;

namespace Reporting.Tests.Hardening;

/// <summary>
/// Really kills <c>reporting run</c> (SIGKILL) at random points, many times, with the inputs
/// changing between runs, then checks that the output folder is always a whole run or absent, and
/// that the next run cleans the debris and leaves archive and index consistent.
/// </summary>
public class RunCrashTests
{
    [Fact]
    public void RunsKilledAtRandomPointsNeverLeaveAHalfRunAndTheNextRunRecovers()
    {
        using var scratch = new Scratch("gmacm-2006-he3");
        var random = new Random(20071);
        var target = Path.Combine(scratch.Root, "output", "gmacm-2006-he3", "2007-08");
        int killed = 0;
        for (int attempt = 0; attempt < 20; attempt++)
        {
            File.AppendAllText(scratch.DealFile("deal.yaml"), $"# attempt {attempt}\n");
            using var process = ChildProcess.Start(scratch.Root, "run", scratch.Deal, "--period", "2007-08",
                "--archive", scratch.Archive, "--templates", Repo.Path("templates"));
            Thread.Sleep(random.Next(200, 2500));
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                killed++;
            }
            process.WaitForExit();
            AssertWholeRunOrNone(target);
        }
        Assert.True(killed >= 10, $"only {killed} of 20 runs were still running when killed; the delays need adjusting");

        var final = ChildProcess.Run(scratch.Root, "run", scratch.Deal, "--period", "2007-08", "--archive", scratch.Archive, "--templates", Repo.Path("templates"));
        Assert.True(final.ExitCode == 0, final.Stderr);
        AssertWholeRunOrNone(target);
        Assert.Equal(new[] { "2007-08" }, Directory.GetFileSystemEntries(Path.GetDirectoryName(target)!).Select(Path.GetFileName));

        // Every version folder is indexed, and every indexed version passes its hash check.
        var list = ChildProcess.Run(scratch.Root, "archive", "list", "--archive", scratch.Archive, "--json");
        Assert.Equal(0, list.ExitCode);
        using var json = JsonDocument.Parse(list.Stdout);
        var indexed = json.RootElement.EnumerateArray().Select(r => r.GetProperty("path").GetString()!).Order(StringComparer.Ordinal).ToArray();
        var folders = Directory.GetDirectories(Path.Combine(scratch.Archive, "gmacm-2006-he3", "2007-08"))
            .Select(d => $"gmacm-2006-he3/2007-08/{Path.GetFileName(d)}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(folders, indexed);
        Assert.NotEmpty(indexed);
        foreach (var version in indexed)
        {
            var verify = ChildProcess.Run(scratch.Root, "verify", Path.Combine(scratch.Archive, version), "--hashes-only");
            Assert.True(verify.ExitCode == 0, $"{version}: {verify.Stdout}{verify.Stderr}");
        }
        // The final run's inputs are the latest version.
        Assert.Equal(File.ReadAllText(scratch.DealFile("deal.yaml")),
            File.ReadAllText(Path.Combine(scratch.Archive, indexed[^1], "inputs", "deal.yaml")));
    }

    private static void AssertWholeRunOrNone(string target)
    {
        if (!Directory.Exists(target)) return;
        Assert.True(File.Exists(Path.Combine(target, RunFolderOwnership.MarkerFileName)));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(target, "manifest.json")));
        foreach (var output in manifest.RootElement.GetProperty("outputs").EnumerateArray())
            Assert.Equal(output.GetProperty("sha256").GetString(), Hashes.Sha256OfFile(Path.Combine(target, output.GetProperty("path").GetString()!)));
    }
}
