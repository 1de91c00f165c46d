using Reporting.Archive.Index;
using Reporting.Archive.Store;
using Reporting.Archive.Tests.Support;

namespace Reporting.Archive.Tests.Store;

/// <summary>
/// A process killed at each step of an add, simulated by a hook that throws there (no cleanup
/// runs in the add: only the handles close, as they would when the kernel ends a process).
/// </summary>
public sealed class CrashSafetyTests
{
    private sealed class Killed : Exception;

    public static TheoryData<ArchiveStep> Steps() => new(Enum.GetValues<ArchiveStep>());

    [Theory]
    [MemberData(nameof(Steps))]
    public void A_kill_at_any_step_leaves_the_archive_as_before_or_as_after_a_whole_add(ArchiveStep killedAt)
    {
        using var run = new TestRun();
        // Two archives that both hold v0001; the inputs then change, so the next add is v0002.
        var archive = run.Combine("killed");
        var whole = run.Combine("whole");
        var first = run.Render();
        run.Archive(first, archive: archive);
        run.Archive(first, archive: whole);
        run.SetFixings("date,rate\n2007-02-22,5.33000\n");
        var second = run.Render();

        // One add of v0002 killed at the step, the other left to finish.
        var before = ArchiveSnapshot.Of(archive);
        var options = TestRun.Options(step => { if (step == killedAt) throw new Killed(); });
        Assert.Throws<Killed>(() => run.Archive(second, options, archive));
        run.Archive(second, archive: whole);

        ArchiveStore.Open(archive, TestRun.Options());
        var expected = killedAt < ArchiveStep.MovedIntoPlace ? before : ArchiveSnapshot.Of(whole);
        Assert.Equal(expected, ArchiveSnapshot.Of(archive));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(archive, ".staging")));
    }

    [Fact]
    public void A_version_folder_that_is_not_whole_is_quarantined_and_its_number_never_reused()
    {
        using var run = new TestRun();
        run.Archive(run.Render());
        var broken = Path.Combine(run.ArchiveFolder, "gmacm-2006-he3", "2007-03", "v0002");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "manifest.json"), "{ half a manifest");

        // No add left this folder (there is no pending mark): only the full check looks at every version folder.
        ArchiveStore.Open(run.ArchiveFolder, TestRun.Options()).RecoverAll();

        Assert.False(Directory.Exists(broken));
        Assert.True(File.Exists(Path.Combine(run.ArchiveFolder, ".quarantine", "gmacm-2006-he3", "2007-03", "v0002", "manifest.json")));
        using (var index = ArchiveIndex.OpenReadOnly(run.ArchiveFolder))
        {
            var quarantined = index.Quarantined().Single();
            Assert.Equal("gmacm-2006-he3/2007-03/v0002", quarantined.OriginalPath);
            Assert.Contains("archive.json", quarantined.Reason);
        }
        run.SetFixings("date,rate\n2007-02-22,5.33000\n");
        Assert.Equal(3, run.Archive(run.Render()).Version);
    }
}
