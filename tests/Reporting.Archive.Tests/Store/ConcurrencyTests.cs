using Reporting.Archive.Index;
using Reporting.Archive.Tests.Support;
using Reporting.Archive.Verification;

namespace Reporting.Archive.Tests.Store;

/// <summary>Two adds of the same deal and period at once, with different inputs: both must land whole, as v0001 and v0002.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void Two_parallel_adds_make_two_whole_versions_and_a_consistent_index()
    {
        using var one = new TestRun("date,rate\n2007-02-22,5.32000\n");
        using var two = new TestRun("date,rate\n2007-02-22,5.33000\n");
        var archive = one.Combine("shared-archive");
        var runs = new[] { (one, one.Render()), (two, two.Render()) };

        using var start = new Barrier(2);
        var versions = runs.AsParallel().WithDegreeOfParallelism(2)
            .Select(r => { start.SignalAndWait(); return r.Item1.Archive(r.Item2, archive: archive).Version; })
            .ToArray();

        AssertTwoWholeVersions(archive, versions);
    }

    [Fact]
    public void Two_processes_adding_at_once_make_two_whole_versions()
    {
        using var one = new TestRun("date,rate\n2007-02-22,5.32000\n");
        using var two = new TestRun("date,rate\n2007-02-22,5.33000\n");
        var archive = one.Combine("shared-archive");
        var processes = new[] { (one, one.Render()), (two, two.Render()) }
            .Select(r => ReportingProcess.Start(r.Item1.Root, "archive", "add", r.Item2, "--deal", r.Item1.DealFolder, "--templates", r.Item1.TemplatesFolder, "--archive", archive, "--json"))
            .ToList();
        var results = processes.Select(ReportingProcess.Finish).ToList();
        foreach (var p in processes) p.Dispose();

        foreach (var (code, _, err) in results) Assert.True(code == 0, err);
        var versions = results.Select(r => System.Text.Json.JsonDocument.Parse(r.Out).RootElement.GetProperty("version").GetInt32()).ToArray();
        AssertTwoWholeVersions(archive, versions);
    }

    [Fact]
    public void An_add_held_up_in_one_period_does_not_stop_an_add_of_another()
    {
        using var run = new TestRun();
        var march = run.Render("2007-03");
        var april = run.Render("2007-04");
        var layout = new Reporting.Archive.Store.ArchiveLayout(run.ArchiveFolder);
        Directory.CreateDirectory(Path.GetDirectoryName(layout.PeriodLockFile("gmacm-2006-he3", "2007-03"))!);
        var noWait = TestRun.Options() with { LockTimeout = TimeSpan.Zero };

        // Another add holds March's lock (as a live process would): April goes ahead at once, March cannot.
        using (new FileStream(layout.PeriodLockFile("gmacm-2006-he3", "2007-03"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            Assert.Equal(1, run.Archive(april, noWait).Version);
            var busy = Assert.Throws<Reporting.RunFormat.InputException>(() => run.Archive(march, noWait));
            Assert.Contains("locked by another add", busy.Message);
        }
        Assert.Equal(1, run.Archive(march, noWait).Version);
    }

    private static void AssertTwoWholeVersions(string archive, int[] versions)
    {
        Assert.Equal(new[] { 1, 2 }, versions.Order().ToArray());
        using var index = ArchiveIndex.OpenReadOnly(archive);
        var runs = index.Runs();
        Assert.Equal(new[] { 1, 2 }, runs.Select(r => r.Version).ToArray());
        Assert.Equal(6, index.Documents(new DocumentQuery()).Count);
        Assert.NotEqual(runs[0].ManifestSha256, runs[1].ManifestSha256);
        foreach (var run in runs)
        {
            var report = ArchiveVerifier.Verify(Path.Combine(archive, run.Path), new FakeRunRenderer());
            Assert.True(report.Matches, string.Join("\n", report.Findings));
        }
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(archive, ".staging")));
    }
}
