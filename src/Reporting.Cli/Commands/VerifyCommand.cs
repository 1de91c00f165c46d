using System.CommandLine;
using Reporting.Archive.Lifecycle;
using Reporting.Archive.Store;
using Reporting.Archive.Verification;
using Reporting.RunFormat;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting verify PATH | --deal ID [--period YYYY-MM] [--hashes-only] [--json]</c>: proves an
/// archived run version or document, a loose PDF (found by its hash), every version and issued
/// document of one deal or one deal-period, or a whole archive (with its index), is what was made
/// and sent. Exit 0 only when everything matches; 3 when something differs, is damaged or could
/// not be re-rendered (each a named finding); 1 when PATH is not in an archive or the deal has no version in it.
/// </summary>
internal static class VerifyCommand
{
    public const int Differs = CommandRunner.Differs;

    /// <param name="renderer">The run pipeline to re-render with; null when this build has none.</param>
    public static Command Build(IRunRenderer? renderer, IIssueRenderer? issueRenderer = null)
    {
        var path = new Argument<string?>("PATH") { Description = "An archived run version (archive/DEAL/YYYY-MM/v0001), a document in one, a loose PDF, or a whole archive folder", Arity = ArgumentArity.ZeroOrOne };
        var hashesOnly = new Option<bool>("--hashes-only") { Description = "Check hashes, manifest and index only; do not re-render" };
        var json = CommonOptions.JsonOption();
        var expectHead = new Option<string?>("--expect-head") { Description = "The chain head recorded outside the archive earlier: fail unless the chain still leads to it" };
        var archive = new Option<string>("--archive") { Description = "The archive to look a loose PDF up in, or to verify a deal of (default archive/)", DefaultValueFactory = _ => "archive" };
        var deal = new Option<string?>("--deal") { Description = "Verify every run version and issued document of this deal id (instead of PATH)" };
        var period = new Option<string?>("--period") { Description = "With --deal: only this period (YYYY-MM)" };
        var reportFile = new Option<string?>("--report") { Description = "With a loose PDF: also write a verification report (PDF) for the audit file" };
        var reportDate = CommonOptions.DateOption("--report-date", "The date the report bears (the day of the check)");
        var indexDb = CommonOptions.IndexDbOption();
        var command = new Command("verify", "Recompute every hash and re-render the run from its archived inputs; report any difference; check the archive's hash chain; find a loose PDF by its hash and prove it; verify a deal or a deal's period")
            { path, hashesOnly, json, expectHead, archive, deal, period, reportFile, reportDate, indexDb };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var target = parse.GetValue(path);
            var onlyHashes = parse.GetValue(hashesOnly);
            var asJson = parse.GetValue(json);
            var index = CommonOptions.IndexDatabase(parse.GetValue(indexDb));
            if (parse.GetValue(deal) is { } dealId)
            {
                if (target is not null) throw new UsageException("give either PATH or --deal, not both");
                var month = parse.GetValue(period);
                if (month is not null && !NodaTime.Text.YearMonthPattern.Iso.Parse(month).Success)
                    throw new UsageException($"--period '{month}' is not a month (expected yyyy-mm)");
                return VerifyDeal(parse.GetValue(archive)!, dealId, month, onlyHashes ? null : renderer, onlyHashes ? null : issueRenderer, onlyHashes, parse.GetValue(expectHead), asJson, index);
            }
            if (parse.GetValue(period) is not null) throw new UsageException("--period is given with --deal");
            if (target is null) throw new UsageException("give PATH (a version, a document, a PDF or an archive) or --deal ID");
            var root = LifecycleVerification.ArchiveRootOf(target);
            if (LifecycleVerification.IsLooseDocument(target, root))
                return LifecycleVerification.ProveDocument(target, root ?? parse.GetValue(archive)!, onlyHashes ? null : issueRenderer, parse.GetValue(expectHead),
                    parse.GetValue(reportFile), parse.GetValue(reportDate), asJson, index);
            var report = ArchiveVerifier.IsArchiveRoot(target)
                ? ArchiveVerifier.VerifyArchive(target, onlyHashes ? null : renderer, index)
                : ArchiveVerifier.Verify(target, onlyHashes ? null : renderer, index);
            var ok = report.Findings.Count == 0 && (report.ReRendered || onlyHashes);
            var chain = root is null ? null : ArchiveChain.Check(new ArchiveLayout(root), parse.GetValue(expectHead));
            if (asJson)
            {
                JsonOutput.Write(new { ok = ok && (chain?.Problems.Count ?? 0) == 0, report.VersionFolder, report.Document, report.FilesChecked, report.ReRendered, report.Findings, chain });
                return ok && (chain?.Problems.Count ?? 0) == 0 ? CommandRunner.Ok : Differs;
            }
            foreach (var finding in report.Findings) Console.Out.WriteLine(finding.ToString());
            var what = report.Document is null ? report.VersionFolder : $"{report.Document} in {report.VersionFolder}";
            if (!onlyHashes && !report.ReRendered && renderer is null)
                Console.Out.WriteLine("Not re-rendered: this build of reporting has no run pipeline to re-render with (use --hashes-only to check hashes alone).");
            Console.Out.WriteLine(ok
                ? $"OK: {what}: {report.FilesChecked} files match their hashes{(report.ReRendered ? "; the re-rendered run is byte-identical" : "")}."
                : $"FAILED: {what}: {report.Findings.Count} difference(s).");
            if (root is not null) ok &= LifecycleVerification.Chain(new ArchiveLayout(root), parse.GetValue(expectHead));
            return ok ? CommandRunner.Ok : Differs;
        }));
        return command;
    }

    /// <summary>Every run version and every issued document of a deal (or one of its periods), then the chain.</summary>
    private static int VerifyDeal(string archiveRoot, string dealId, string? period, IRunRenderer? renderer, IIssueRenderer? issueRenderer, bool onlyHashes, string? expectedHead, bool json,
        Reporting.Archive.Index.IIndexDatabase? indexDatabase)
    {
        var layout = new ArchiveLayout(archiveRoot);
        var versions = ArchiveVerifier.VerifyScope(archiveRoot, dealId, period, renderer, indexDatabase);
        var issues = IssueCheck.ForScope(layout, dealId, period, issueRenderer, indexDatabase);
        var chain = ArchiveChain.Check(layout, expectedHead);
        var versionsOk = versions.Findings.Count == 0 && (versions.ReRendered || onlyHashes);
        var ok = versionsOk && issues.All(i => i.Proven) && chain.Problems.Count == 0;
        var scope = period is null ? dealId : $"{dealId} {period}";
        if (json)
        {
            JsonOutput.Write(new { ok, deal = dealId, period, versions.FilesChecked, versions.ReRendered, versions.Findings, issues, chain });
            return ok ? CommandRunner.Ok : Differs;
        }
        foreach (var finding in versions.Findings) Console.Out.WriteLine(finding.ToString());
        Console.Out.WriteLine(versionsOk
            ? $"OK: the run versions of {scope}: {versions.FilesChecked} files match their hashes{(versions.ReRendered ? "; every re-rendered run is byte-identical" : "")}."
            : $"FAILED: the run versions of {scope}: {versions.Findings.Count} difference(s){(renderer is null && !onlyHashes ? " (not re-rendered: this build has no run pipeline)" : "")}.");
        foreach (var issue in issues)
        {
            foreach (var problem in issue.Problems) Console.Out.WriteLine(problem);
            Console.Out.WriteLine($"{(issue.Proven ? "OK" : "FAILED")}: issued {issue.Path} ({issue.State}), reference {issue.Reference}, sent to {issue.Recipient} at {issue.SentAt}.");
        }
        if (issues.Count == 0) Console.Out.WriteLine($"No document of {scope} was issued.");
        LifecycleVerification.Chain(layout, expectedHead);
        return ok ? CommandRunner.Ok : Differs;
    }
}
