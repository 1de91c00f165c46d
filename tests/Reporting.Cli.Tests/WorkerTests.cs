using System.Diagnostics;
using System.Text.RegularExpressions;
using Reporting.Archive.Index;
using Reporting.Archive.Store;
using Reporting.Cycle.Book;
using Reporting.Testing;
using Xunit.Abstractions;

namespace Reporting.Tests.Cli;

/// <summary>
/// Past one machine, on one machine: a throwaway PostgreSQL cluster holds the Hangfire job queue and
/// the archive index, three <c>reporting worker</c> processes share a book through them and one
/// archive folder, and one of them is killed with <c>kill -9</c> in the middle of a job.
/// </summary>
public sealed partial class WorkerTests(PostgresCluster cluster, ITestOutputHelper output) : IClassFixture<PostgresCluster>
{
    private const string Period = "2007-08";
    private const int Deals = 6;

    [Fact]
    public void Three_workers_share_a_book_and_the_job_of_a_killed_worker_is_run_by_another_exactly_once()
    {
        var stopwatch = Stopwatch.StartNew();
        using var temp = new TemporaryFolder();
        var book = temp.Combine("book");
        // Two deals of each sample kind (plain cap, downgrade history, optional purchase), all active in August 2007.
        SyntheticBook.Generate(Repo.Path("deals"), book, Deals, seed: 16);
        // And one deal with bad input (its terms lack every required key), last in the book's order.
        Directory.CreateDirectory(Path.Combine(book, "zz-broken"));
        File.WriteAllText(Path.Combine(book, "zz-broken", "deal.yaml"), "id: zz-broken\n");
        var archive = temp.Combine("archive");
        var index = cluster.CreateDatabase("index");
        var environment = new Dictionary<string, string> { ["REPORTING_QUEUE"] = cluster.CreateDatabase("queue"), ["REPORTING_INDEX_DB"] = index };
        string[] Worker(params string[] more) =>
            ["worker", "--archive", archive, "--out", temp.Combine("output"), "--templates", Repo.Path("templates"), "--workers", "1", "--invisibility-timeout", "5", .. more];

        var enqueue = CliRun.In(temp.Path, environment, "book", "enqueue", book, "--period", Period);
        Assert.True(enqueue.ExitCode == 0, enqueue.Stderr);
        Assert.StartsWith($"{Deals + 1} deal-month jobs for {Period}", enqueue.Stdout);

        // The first worker stops for good once its first job's version folder is in place, before the index has it: mid-job.
        using var victim = CliProcess.Start(temp.Path, environment, Worker("--hold-at", nameof(ArchiveStep.MovedIntoPlace)));
        victim.WaitForLine(l => l.StartsWith("holding at", StringComparison.Ordinal), TimeSpan.FromSeconds(90));
        var started = StartedLine().Match(victim.Lines.Single(l => l.EndsWith(": started", StringComparison.Ordinal)));
        var (heldJob, heldDeal) = (started.Groups["job"].Value, Path.GetFileName(started.Groups["deal"].Value));
        using var second = CliProcess.Start(temp.Path, environment, Worker());
        using var third = CliProcess.Start(temp.Path, environment, Worker());
        second.WaitForLine(l => l.StartsWith("worker ", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        victim.KillHard();

        var status = CliRun.In(temp.Path, environment, "book", "status", "--wait", "--timeout", "75");
        output.WriteLine(status.Stdout + status.Stderr);
        // The broken deal failed at once (no retry can mend bad input) and is named with its error; exit 1.
        Assert.True(status.ExitCode == 1, status.Stdout + status.Stderr);
        Assert.Contains($"0 waiting, 0 to retry, 0 running, {Deals} succeeded, 1 failed", status.Stdout);
        Assert.Matches($"failed job [0-9]+: .*/zz-broken {Period}: bad-input: deal.yaml:1:1: name: required key is missing", status.Stdout);
        Assert.Equal(0, second.Terminate(TimeSpan.FromSeconds(60)));
        Assert.Equal(0, third.Terminate(TimeSpan.FromSeconds(60)));
        var survivors = second.Lines.Concat(third.Lines).ToList();
        output.WriteLine(string.Join('\n', victim.Lines.Concat(survivors)));

        // The killed worker's job was taken by another worker after the invisibility timeout; that worker
        // found the whole version folder the killed one had moved into place, indexed it, and added nothing.
        var rerun = survivors.Single(l => l.StartsWith($"job {heldJob}: {heldDeal} {Period}:", StringComparison.Ordinal));
        Assert.EndsWith("archive version 1 (already archived: same inputs and outputs)", rerun);
        // Every job finished exactly once on the survivors: the other five are new versions.
        var finished = survivors.Where(l => l.Contains("; archive version ", StringComparison.Ordinal)).ToList();
        Assert.Single(survivors, l => l.Contains($"zz-broken {Period}: bad-input", StringComparison.Ordinal));
        Assert.Equal(Deals, finished.Count);
        Assert.Equal(Deals - 1, finished.Count(l => l.EndsWith("archive version 1 (new)", StringComparison.Ordinal)));

        // Exactly one version per deal and month, nothing quarantined, nothing pending, and the index agrees.
        var dealIds = Directory.GetDirectories(book).Select(d => Path.GetFileName(d)).Where(d => d != "zz-broken").Order(StringComparer.Ordinal).ToList();
        var layout = new ArchiveLayout(archive);
        Assert.Equal(dealIds.Select(d => $"{d}/{Period}/v0001"), layout.VersionFolders().Select(v => v.RelativePath));
        Assert.False(Directory.Exists(layout.QuarantineFolder));
        Assert.Empty(Directory.EnumerateFileSystemEntries(layout.PendingFolder));
        Assert.False(File.Exists(layout.IndexFile));
        using (var rows = new PostgresIndexDatabase(index).OpenReadOnly(archive))
        {
            Assert.Equal(dealIds.Select(d => (d, 1)), rows.Runs().Select(r => (r.DealId, r.Version)));
            Assert.Empty(rows.Quarantined());
        }
        // Nothing lost: every file matches its record, the index (in PostgreSQL) matches the archive, the chain holds.
        var verify = CliRun.In(temp.Path, environment, "verify", archive, "--hashes-only");
        Assert.True(verify.ExitCode == 0, verify.Stdout + verify.Stderr);
        Assert.Contains($"Chain: {Deals} entries, every link holds", verify.Stdout);
        output.WriteLine($"{stopwatch.Elapsed.TotalSeconds:F1} s");
    }

    [GeneratedRegex("^job (?<job>[0-9]+): (?<deal>.+) [0-9]{4}-[0-9]{2}: started$")]
    private static partial Regex StartedLine();
}
