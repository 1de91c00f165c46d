using System.CommandLine;
using Reporting.Archive.Verification;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting verify PATH [--hashes-only] [--json]</c>: proves an archived run version or document
/// (or every version of an archive, and its index) is what was made and sent. Exit 0 only when
/// everything matches; 3 when something differs, is damaged or could not be re-rendered (each a
/// named finding); 1 when PATH is not in an archive.
/// </summary>
internal static class VerifyCommand
{
    public const int Differs = CommandRunner.Differs;

    /// <param name="renderer">The run pipeline to re-render with; null when this build has none.</param>
    public static Command Build(IRunRenderer? renderer, Reporting.Archive.Lifecycle.IIssueRenderer? issueRenderer = null)
    {
        var path = new Argument<string>("PATH") { Description = "An archived run version (archive/DEAL/YYYY-MM/v0001), a document in one, or a whole archive folder" };
        var hashesOnly = new Option<bool>("--hashes-only") { Description = "Check hashes, manifest and index only; do not re-render" };
        var json = CommonOptions.JsonOption();
        var expectHead = new Option<string?>("--expect-head") { Description = "The chain head recorded outside the archive earlier: fail unless the chain still leads to it" };
        var archive = new Option<string>("--archive") { Description = "The archive to look a loose PDF up in (default archive/)", DefaultValueFactory = _ => "archive" };
        var reportFile = new Option<string?>("--report") { Description = "With a loose PDF: also write a verification report (PDF) for the audit file" };
        var reportDate = CommonOptions.DateOption("--report-date", "The date the report bears (the day of the check)");
        var indexDb = CommonOptions.IndexDbOption();
        var command = new Command("verify", "Recompute every hash and re-render the run from its archived inputs; report any difference; check the archive's hash chain; find a loose PDF by its hash and prove it") { path, hashesOnly, json, expectHead, archive, reportFile, reportDate, indexDb };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var target = parse.GetValue(path)!;
            var root = LifecycleVerification.ArchiveRootOf(target);
            if (LifecycleVerification.IsLooseDocument(target, root))
                return LifecycleVerification.ProveDocument(target, root ?? parse.GetValue(archive)!, parse.GetValue(hashesOnly) ? null : issueRenderer, parse.GetValue(expectHead),
                    parse.GetValue(reportFile), parse.GetValue(reportDate));
            var onlyHashes = parse.GetValue(hashesOnly);
            var index = CommonOptions.IndexDatabase(parse.GetValue(indexDb));
            var report = ArchiveVerifier.IsArchiveRoot(target)
                ? ArchiveVerifier.VerifyArchive(target, onlyHashes ? null : renderer, index)
                : ArchiveVerifier.Verify(target, onlyHashes ? null : renderer, index);
            var ok = report.Findings.Count == 0 && (report.ReRendered || onlyHashes);
            if (parse.GetValue(json)) JsonOutput.Write(new { ok, report.VersionFolder, report.Document, report.FilesChecked, report.ReRendered, report.Findings });
            else
            {
                foreach (var finding in report.Findings) Console.Out.WriteLine(finding.ToString());
                var what = report.Document is null ? report.VersionFolder : $"{report.Document} in {report.VersionFolder}";
                if (!onlyHashes && !report.ReRendered && renderer is null)
                    Console.Out.WriteLine("Not re-rendered: this build of reporting has no run pipeline to re-render with (use --hashes-only to check hashes alone).");
                Console.Out.WriteLine(ok
                    ? $"OK: {what}: {report.FilesChecked} files match their hashes{(report.ReRendered ? "; the re-rendered run is byte-identical" : "")}."
                    : $"FAILED: {what}: {report.Findings.Count} difference(s).");
            }
            if (root is not null && !parse.GetValue(json)) ok &= LifecycleVerification.Chain(new Reporting.Archive.Store.ArchiveLayout(root), parse.GetValue(expectHead));
            return ok ? CommandRunner.Ok : Differs;
        }));
        return command;
    }
}
