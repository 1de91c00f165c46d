using Reporting.Archive.Lifecycle;
using Reporting.Archive.Store;
using Reporting.Archive.Tests.Support;

namespace Reporting.Archive.Tests.Lifecycle;

/// <summary>The hash chain exposes removed, rewritten and replaced history, and a head recorded outside the archive pins it.</summary>
public sealed class ArchiveChainTests
{
    [Fact]
    public void Each_archived_version_appends_a_run_entry_linked_to_the_one_before()
    {
        using var run = new TestRun();
        run.Archive(run.Render("2007-03"));
        run.Archive(run.Render("2007-04"));
        var layout = new ArchiveLayout(run.ArchiveFolder);

        var entries = ArchiveChain.Read(layout);
        Assert.Equal(["run", "run"], entries.Select(e => e.Entry.Kind));
        Assert.Equal(ChainEntry.Genesis, entries[0].Entry.Previous);
        Assert.Equal(entries[0].Sha256, entries[1].Entry.Previous);
        Assert.Equal("gmacm-2006-he3/2007-04/v0001", entries[1].Entry.Field("path"));
        // Archived through the API without metadata: said so, not invented.
        Assert.Equal("not recorded", entries[1].Entry.Field("preparer"));
        var check = ArchiveChain.Check(layout, expectedHead: entries[1].Sha256[..16]);
        Assert.Empty(check.Problems);
        Assert.Equal(entries[1].Sha256, check.Head);
    }

    [Fact]
    public void A_removed_entry_breaks_the_links_after_it()
    {
        using var run = new TestRun();
        run.Archive(run.Render("2007-03"));
        run.Archive(run.Render("2007-04"));
        var layout = new ArchiveLayout(run.ArchiveFolder);
        File.Delete(Path.Combine(ArchiveChain.Folder(layout), "000001.json"));

        var problems = ArchiveChain.Check(layout).Problems;
        Assert.Contains(problems, p => p.StartsWith("chain/000002.json: entry 2 is at position 1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("the chain was rewritten here", StringComparison.Ordinal));
    }

    [Fact]
    public void A_consistently_rewritten_chain_is_caught_only_by_the_head_recorded_outside()
    {
        using var run = new TestRun();
        run.Archive(run.Render("2007-03"));
        var layout = new ArchiveLayout(run.ArchiveFolder);
        var recorded = ArchiveChain.Head(layout);

        // A forger rewrites the only entry, consistently: every link still holds...
        var file = Path.Combine(ArchiveChain.Folder(layout), "000001.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"not recorded\"", "\"Someone Else\""));
        Assert.Empty(ArchiveChain.Check(layout).Problems);
        // ...but the head an auditor wrote down no longer matches.
        var problem = Assert.Single(ArchiveChain.Check(layout, recorded).Problems);
        Assert.Contains($"not the {recorded} recorded outside the archive", problem);
    }
}
