using System.Diagnostics;
using Xunit.Abstractions;
using Reporting.Testing;

namespace Reporting.Tests.Hardening;

/// <summary>
/// A run whose output and archive live on a 2 MiB tmpfs, filled to leave a little less room each
/// time: it either succeeds or says which file could not be written (exit 74), and leaves the
/// output folder and the archive as they were, with no staging debris keeping the disk full.
/// Mounting needs root; without it the test says so in its output and checks nothing.
/// </summary>
public class DiskFullTests(ITestOutputHelper log)
{
    [Fact]
    public void ADiskFullRunNamesTheFileAndLeavesOutputAndArchiveAsTheyWere()
    {
        using var scratch = new Scratch("gmacm-2006-he3");
        var disk = scratch.At("disk");
        Directory.CreateDirectory(disk);
        if (!Mount(disk))
        {
            log.WriteLine("SKIPPED: cannot mount a tmpfs here (needs root: mount -t tmpfs -o size=2m tmpfs DIR); the disk-full case was not checked.");
            return;
        }
        try
        {
            var output = Path.Combine(disk, "out");
            var archive = Path.Combine(disk, "archive");
            string[] Run() => new[] { "run", scratch.Deal, "--period", "2007-08", "--out", output, "--archive", archive, "--templates", Repo.Path("templates") };

            var first = ChildProcess.Run(scratch.Root, Run());
            Assert.True(first.ExitCode == 0, first.Stderr);

            int failed = 0, succeeded = 0;
            foreach (var freeKib in new[] { 0, 8, 32, 64, 96, 160, 240, 320, 400, 480 })
            {
                File.AppendAllText(scratch.DealFile("deal.yaml"), $"# free {freeKib} KiB\n");
                var before = Snapshot(disk);
                var filler = Path.Combine(disk, "filler");
                Fill(disk, filler, freeKib);
                var run = ChildProcess.Run(scratch.Root, Run());
                File.Delete(filler);
                Assert.DoesNotContain("internal error", run.Stderr);
                Assert.DoesNotContain("   at ", run.Stderr);
                if (run.ExitCode == 0)
                {
                    succeeded++;
                    continue;
                }
                failed++;
                Assert.True(run.ExitCode == 74, $"free {freeKib} KiB: exit {run.ExitCode}: {run.Stderr}");
                Assert.Contains("No space left on device", run.Stderr);
                Assert.Contains(disk, run.Stderr); // the message names the file
                var after = Snapshot(disk);
                Assert.Equal(before.Output, after.Output);
                if (!run.Stderr.Contains("written before the error")) Assert.Equal(before.Archive, after.Archive);
                Assert.Empty(after.Debris);
            }
            log.WriteLine($"{failed} runs failed for want of space, {succeeded} fitted");
            Assert.True(failed >= 5, $"only {failed} runs ran out of space");

            // With room again, the next run completes and the archive is whole.
            var last = ChildProcess.Run(scratch.Root, Run());
            Assert.True(last.ExitCode == 0, last.Stderr);
            foreach (var version in Directory.GetDirectories(Path.Combine(archive, "gmacm-2006-he3", "2007-08")))
            {
                var verify = ChildProcess.Run(scratch.Root, "verify", version, "--hashes-only");
                Assert.True(verify.ExitCode == 0, $"{version}: {verify.Stdout}{verify.Stderr}");
            }
        }
        finally
        {
            Unmount(disk);
        }
    }

    private sealed record DiskState(string Output, string Archive, IReadOnlyList<string> Debris);

    /// <summary>Every file's path and bytes (the index only by its row content, not its pages), and any staging left behind.</summary>
    private static DiskState Snapshot(string disk)
    {
        string Describe(string folder, Func<string, bool> include) => !Directory.Exists(folder) ? "" : string.Join("\n",
            Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(include).Order(StringComparer.Ordinal)
                .Select(f => $"{Path.GetRelativePath(disk, f)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}"));
        var archive = Path.Combine(disk, "archive");
        var debris = Directory.GetDirectories(disk, "*", SearchOption.AllDirectories)
            .Where(d => d.Contains(".partial-") || d.Contains(".old-") || (Path.GetFileName(Path.GetDirectoryName(d)) == ".staging"))
            .ToArray();
        return new DiskState(
            Describe(Path.Combine(disk, "out"), _ => true),
            Describe(archive, f => !f.EndsWith(".lock") && !f.Contains("index.sqlite") && !f.EndsWith("index.html") && !f.Contains($"{Path.DirectorySeparatorChar}pages{Path.DirectorySeparatorChar}")) + "\n" + IndexListing(disk),
            debris);
    }

    private static string IndexListing(string disk)
    {
        var list = ChildProcess.Run(disk, "archive", "list", "--archive", Path.Combine(disk, "archive"));
        return list.Stdout;
    }

    /// <summary>Fills the disk so that about <paramref name="freeKib"/> KiB stay free.</summary>
    private static void Fill(string disk, string filler, int freeKib)
    {
        var available = new DriveInfo(disk).AvailableFreeSpace;
        var size = Math.Max(0, available - freeKib * 1024L);
        using var stream = new FileStream(filler, FileMode.Create);
        var block = new byte[4096];
        for (long written = 0; written + block.Length <= size; written += block.Length) stream.Write(block);
    }

    private static bool Mount(string folder) => Command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", folder) == 0;

    private static void Unmount(string folder) => Command("umount", "-l", folder);

    private static int Command(string file, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in args) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
