using Reporting.Archive.Lifecycle;
using Reporting.Archive.Store;

namespace Reporting.Cli.Commands;

/// <summary>
/// The parts of <c>reporting verify</c> that concern the lifecycle: a loose PDF found by its hash
/// and proved, and the archive's hash chain with its head (checked against <c>--expect-head</c>).
/// </summary>
internal static class LifecycleVerification
{
    /// <summary>The archive folder a path lies in (the nearest ancestor with an index), or null.</summary>
    public static string? ArchiveRootOf(string path)
    {
        var full = Path.GetFullPath(path);
        for (var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full); folder is not null; folder = Path.GetDirectoryName(folder))
            // index.sqlite, or (an index kept in PostgreSQL) the archive's own lock file and lock folder.
            if (File.Exists(Path.Combine(folder, ArchiveLayout.IndexFileName))
                || (File.Exists(Path.Combine(folder, ".lock")) && Directory.Exists(Path.Combine(folder, ".locks")))) return folder;
        return null;
    }

    /// <summary>A PDF outside every run version folder: an issued copy, or a file someone hands the auditor.</summary>
    public static bool IsLooseDocument(string path, string? archiveRoot)
    {
        if (!File.Exists(path)) return false;
        if (archiveRoot is null) return true;
        var relative = new ArchiveLayout(archiveRoot).Relative(path) ?? "";
        return relative.Split('/') is not [_, var period, var version, ..] || !ArchiveLayout.TryParseVersionName(version, out _) || period.Length != 7;
    }

    public static int ProveDocument(string file, string archiveRoot, IIssueRenderer? renderer, string? expectedHead,
        string? reportFile = null, NodaTime.LocalDate? reportDate = null, bool json = false, Reporting.Archive.Index.IIndexDatabase? indexDatabase = null)
    {
        var layout = new ArchiveLayout(archiveRoot);
        var proof = IssuedDocumentVerifier.Verify(layout, file, renderer, indexDatabase);
        if (json)
        {
            if (reportFile is not null) throw new UsageException("--report writes a PDF; it is not given with --json");
            var head = ArchiveChain.Check(layout, expectedHead);
            var proven = proof.Proven && head.Problems.Count == 0;
            JsonOutput.Write(new
            {
                ok = proven,
                file,
                proof.Sha256,
                issue = proof.Issue?.Path,
                state = proof.Issue?.State,
                record = proof.Issue?.Record,
                proof.Facts,
                proof.Problems,
                checks = new
                {
                    proof.Checks.ArchivedCopyMatches,
                    proof.Checks.SentIsPrefix,
                    proof.Checks.Signatures,
                    proof.Checks.ReRendered,
                },
                chain = head,
            });
            return proven ? CommandRunner.Ok : VerifyCommand.Differs;
        }
        Console.Out.WriteLine($"{file}: SHA-256 {proof.Sha256}");
        foreach (var fact in proof.Facts) Console.Out.WriteLine($"  {fact}");
        foreach (var problem in proof.Problems) Console.Out.WriteLine(problem);
        var chainOk = Chain(layout, expectedHead, print: false);
        var ok = proof.Proven && chainOk;
        if (reportFile is not null)
        {
            if (reportDate is not { } date) throw new Reporting.RunFormat.InputException(new Reporting.RunFormat.Diagnostic("--report-date", 0, 0, null, "a verification report is dated: give --report-date yyyy-mm-dd"));
            var pdf = VerificationReport.Render(file, proof, LifecycleState.Read(layout), date, RepositoryPaths.Templates());
            var temporary = reportFile + ".tmp";
            File.WriteAllBytes(temporary, pdf);
            File.Move(temporary, reportFile, overwrite: true);
            Console.Out.WriteLine($"Verification report: {reportFile}");
        }
        Console.Out.WriteLine(ok ? $"OK: {file} is the document issued as {proof.Issue!.Path}." : $"FAILED: {file} is not proven.");
        return ok ? CommandRunner.Ok : VerifyCommand.Differs;
    }

    /// <summary>Checks the chain; prints its head so it can be written down outside the archive.</summary>
    public static bool Chain(ArchiveLayout layout, string? expectedHead, bool print = true)
    {
        var chain = ArchiveChain.Check(layout, expectedHead);
        if (print || chain.Problems.Count > 0)
        {
            foreach (var problem in chain.Problems) Console.Out.WriteLine(problem);
        }
        if (print) Console.Out.WriteLine($"Chain: {chain.Entries} entries, {(chain.Problems.Count == 0 ? "every link holds" : $"{chain.Problems.Count} problem(s)")}; head {chain.Head}" +
            (expectedHead is null ? " (record it outside the archive; check later with --expect-head)" : chain.Problems.Count == 0 ? " as expected" : ""));
        return chain.Problems.Count == 0;
    }
}
