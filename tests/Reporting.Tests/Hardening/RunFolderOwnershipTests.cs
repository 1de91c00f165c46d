using Reporting.Cycle;
using Reporting.Tests.Support;

namespace Reporting.Tests.Hardening;

/// <summary>A run writes only into folders it owns, and cleans up only its own debris.</summary>
public class RunFolderOwnershipTests
{
    [Fact]
    public void AnExistingForeignOutFolderIsRefusedAndKeptAsItWas()
    {
        using var scratch = new Scratch("gmacm-2006-he3");
        var foreign = scratch.At("mine");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "thesis.docx"), "years of work");
        var run = scratch.Run("2007-08", "--out", foreign);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--out {foreign} is a folder with other content, not a run folder", run.Stderr);
        Assert.Contains("Nothing was written.", run.Stderr);
        Assert.Equal(new[] { "thesis.docx" }, Directory.GetFileSystemEntries(foreign).Select(Path.GetFileName));
        Assert.False(Directory.Exists(scratch.Archive));
    }

    [Fact]
    public void AFileOrALinkAsOutIsRefused()
    {
        using var scratch = new Scratch("gmacm-2006-he3");
        var file = scratch.At("out.txt");
        File.WriteAllText(file, "keep");
        Assert.Contains("is a file, not a run folder", RunFolderOwnership.Problem(file));
        var elsewhere = scratch.At("elsewhere");
        Directory.CreateDirectory(elsewhere);
        var link = scratch.At("linked-out");
        Directory.CreateSymbolicLink(link, elsewhere);
        Assert.Contains("symbolic link", RunFolderOwnership.Problem(link));
        var run = scratch.Run("2007-08", "--out", link);
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere));
        Assert.Equal("keep", File.ReadAllText(file));
    }

    [Fact]
    public void OutOrArchiveInsideTheDealFolderIsAUsageError()
    {
        using var scratch = new Scratch("gmacm-2006-he3");
        var run = scratch.Run("2007-08", "--out", scratch.DealFile("out"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is inside the deal folder", run.Stderr);
        Assert.False(Directory.Exists(scratch.DealFile("out")));
    }

    [Fact]
    public void ARunFolderIsMarkedReplacedByTheNextRunAndStaleStagingIsCleaned()
    {
        using var scratch = new Scratch("gmacm-2006-he3");
        var parent = scratch.Out;
        var target = Path.Combine(parent, "2007-08");
        // Debris of killed runs: ours (marked or empty) goes, a look-alike with foreign content stays.
        var stalePartial = Path.Combine(parent, ".2007-08.partial-" + new string('a', 32));
        var staleOld = Path.Combine(parent, "2007-08.old-" + new string('b', 32));
        var foreignLookAlike = Path.Combine(parent, "2007-08.old-" + new string('c', 32));
        foreach (var dir in new[] { stalePartial, staleOld, foreignLookAlike }) Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(staleOld, RunFolderOwnership.MarkerFileName), RunFolderOwnership.MarkerText);
        File.WriteAllText(Path.Combine(foreignLookAlike, "notes.txt"), "not a run");

        var first = scratch.Run("2007-08", "--out", target);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(File.Exists(Path.Combine(target, RunFolderOwnership.MarkerFileName)));
        Assert.False(Directory.Exists(stalePartial));
        Assert.False(Directory.Exists(staleOld));
        Assert.True(File.Exists(Path.Combine(foreignLookAlike, "notes.txt")));

        var second = scratch.Run("2007-08", "--out", target);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("Same inputs and outputs as archived version 1", second.Stdout);
        Assert.Equal(new[] { "2007-08", Path.GetFileName(foreignLookAlike) }.Order(StringComparer.Ordinal),
            Directory.GetDirectories(parent).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
