using System.CommandLine;
using System.Text.Json;
using Reporting.Archive.Index;
using Reporting.Archive.Store;
using Reporting.Inputs;
using Reporting.RunFormat;
using Reporting.Formatting;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting archive add|list|show|search|recover|reindex|page</c>: put a run folder into the archive,
/// find archived runs and documents, and repair what an interrupted add or a damaged index left. Queries read the index only; they never change the archive.
/// </summary>
internal static class ArchiveCommand
{
    public static Command Build() => new("archive", "The append-only archive of runs and their documents (docs/archive.md)")
    {
        Add(), List(), Show(), Search(), Recover(), Reindex(), Page(),
    };

    /// <summary>The full check an add no longer does: every version folder against the index, and every page rewritten.</summary>
    private static Command Recover()
    {
        var archive = ArchiveOption();
        var indexDb = CommonOptions.IndexDbOption();
        var command = new Command("recover", "Check every version folder against the index (index the whole, quarantine the rest), replay the hash chain into the index and rewrite the auditor's page") { archive, indexDb };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var store = ArchiveStore.Open(parse.GetValue(archive)!, CommonOptions.StoreOptions(parse.GetValue(indexDb)));
            store.RecoverAll();
            ArchivePages.WriteTopPage(store.Layout, RepositoryPaths.Templates());
            Console.Out.WriteLine($"Checked every version folder and rewrote the pages of {store.Layout.Root}");
            return CommandRunner.Ok;
        }));
        return command;
    }

    private static Command Reindex()
    {
        var archive = ArchiveOption();
        var json = CommonOptions.JsonOption();
        var indexDb = CommonOptions.IndexDbOption();
        var command = new Command("reindex", "Rebuild the index from the archive's version folders and hash chain (the old index.sqlite is kept in .replaced/, old PostgreSQL tables in a schema of their own)") { archive, indexDb, json };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var result = IndexRebuild.Run(parse.GetValue(archive)!, CommonOptions.StoreOptions(parse.GetValue(indexDb)));
            ArchivePages.WriteTopPage(new ArchiveLayout(parse.GetValue(archive)!), RepositoryPaths.Templates());
            if (parse.GetValue(json)) JsonOutput.Write(result);
            else
            {
                Console.Out.WriteLine($"Rebuilt the index from {result.Versions} version(s) with {result.Documents} document(s)"
                    + (result.Replaced is null ? "." : $"; the previous index is kept as {result.Replaced}."));
                foreach (var problem in result.NotIndexed) Console.Out.WriteLine($"not indexed (damaged; see reporting verify): {problem}");
            }
            // A damaged version folder is a difference, as for verify.
            return result.NotIndexed.Count == 0 ? CommandRunner.Ok : VerifyCommand.Differs;
        }));
        return command;
    }

    /// <summary>Every page's facts rewritten from the index, the chain checked in full, and index.html from its template.</summary>
    private static Command Page()
    {
        var archive = ArchiveOption();
        var indexDb = CommonOptions.IndexDbOption();
        var command = new Command("page", "Rewrite the auditor's page (index.html and its data in pages/) from the index, with a full check of the hash chain") { archive, indexDb };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var store = ArchiveStore.Open(parse.GetValue(archive)!, CommonOptions.StoreOptions(parse.GetValue(indexDb)));
            store.WritePages();
            ArchivePages.WriteTopPage(store.Layout, RepositoryPaths.Templates());
            Console.Out.WriteLine($"Rewrote the auditor's page {store.Layout.HtmlFile}");
            return CommandRunner.Ok;
        }));
        return command;
    }

    /// <summary>The archive's index for queries: in PostgreSQL when <c>--index-db</c> or its variable names one, else index.sqlite.</summary>
    private static IArchiveIndex OpenIndex(string archive, string? indexDb) =>
        (CommonOptions.IndexDatabase(indexDb) ?? SqliteIndexDatabase.Instance).OpenReadOnly(archive);

    private static Option<string> ArchiveOption() => new("--archive")
    {
        Description = "The archive folder",
        DefaultValueFactory = _ => "archive",
    };

    private static Command Add()
    {
        var run = new Argument<string>("RUN") { Description = "A complete run folder, e.g. output/DEAL-ID/2007-03" };
        var deal = new Option<string>("--deal") { Description = "The deal folder the run's inputs came from", Required = true };
        var templates = new Option<string>("--templates") { Description = "The templates folder the run used", Required = true };
        var archive = ArchiveOption();
        var json = CommonOptions.JsonOption();
        var indexDb = CommonOptions.IndexDbOption();
        var command = new Command("add", "Archive a run folder as the next version of its deal and period") { run, deal, templates, archive, indexDb, json };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var archived = ArchiveStore.Open(parse.GetValue(archive)!, CommonOptions.StoreOptions(parse.GetValue(indexDb))).Add(parse.GetValue(run)!, parse.GetValue(deal)!, parse.GetValue(templates)!);
            if (parse.GetValue(json)) JsonOutput.Write(archived);
            else Console.Out.WriteLine(archived.IsNew
                ? $"Archived {archived.DealId} {archived.Period} as {ArchiveLayout.VersionName(archived.Version)}: {archived.Path}"
                : $"Already archived: {archived.DealId} {archived.Period} {ArchiveLayout.VersionName(archived.Version)} has the identical manifest ({archived.Path})");
            return CommandRunner.Ok;
        }));
        return command;
    }

    private static Command List()
    {
        var archive = ArchiveOption();
        var deal = new Option<string?>("--deal") { Description = "Only this deal id" };
        var period = new Option<string?>("--period") { Description = "Only this period (YYYY-MM)" };
        var kind = new Option<string?>("--kind") { Description = "Only documents of this kind (implies --documents)" };
        var documents = new Option<bool>("--documents") { Description = "List documents instead of run versions" };
        var json = CommonOptions.JsonOption();
        var indexDb = CommonOptions.IndexDbOption();
        var command = new Command("list", "List archived run versions, or documents") { archive, deal, period, kind, documents, indexDb, json };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            using var index = OpenIndex(parse.GetValue(archive)!, parse.GetValue(indexDb));
            if (parse.GetValue(documents) || parse.GetValue(kind) is not null)
                WriteDocuments(index.Documents(new DocumentQuery(parse.GetValue(deal), parse.GetValue(period), Kind: parse.GetValue(kind))), parse.GetValue(json));
            else WriteRuns(index.Runs(parse.GetValue(deal), parse.GetValue(period)), parse.GetValue(json));
            return CommandRunner.Ok;
        }));
        return command;
    }

    private static Command Show()
    {
        var target = new Argument<string>("TARGET") { Description = "A run version (DEAL/YYYY-MM/v0001) or a document path as listed" };
        var archive = ArchiveOption();
        var json = CommonOptions.JsonOption();
        var indexDb = CommonOptions.IndexDbOption();
        var command = new Command("show", "Show one run version or document, with its manifest") { target, archive, indexDb, json };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var root = parse.GetValue(archive)!;
            var path = parse.GetValue(target)!.Trim('/');
            using var index = OpenIndex(root, parse.GetValue(indexDb));
            if (index.Document(path) is { } document)
            {
                var run = index.Runs(document.DealId, document.Period, document.Version).Single();
                var manifest = ReadManifest(root, run);
                var entry = manifest.GetProperty("outputs").EnumerateArray()
                    .First(o => $"{run.Path}/{o.GetProperty("path").GetString()}" == document.Path);
                if (parse.GetValue(json)) JsonOutput.Write(new DocumentView(document, run, entry));
                else
                {
                    WriteDocuments([document], json: false);
                    Console.Out.WriteLine($"Run {run.Path} (manifest SHA-256 {run.ManifestSha256}); manifest entry:");
                    Console.Out.WriteLine(JsonSerializer.Serialize(entry, Reporting.RunFormat.ReportingJson.Options));
                }
                return CommandRunner.Ok;
            }
            var parts = path.Split('/');
            if (parts.Length == 3 && ArchiveLayout.TryParseVersionName(parts[2], out var version)
                && index.Runs(parts[0], parts[1], version).SingleOrDefault() is { } found)
            {
                var manifest = ReadManifest(root, found);
                var documents = index.Documents(new DocumentQuery(found.DealId, found.Period, found.Version));
                if (parse.GetValue(json)) JsonOutput.Write(new RunView(found, documents, manifest));
                else
                {
                    WriteRuns([found], json: false);
                    WriteDocuments(documents, json: false);
                    Console.Out.WriteLine(JsonSerializer.Serialize(manifest, Reporting.RunFormat.ReportingJson.Options));
                }
                return CommandRunner.Ok;
            }
            throw new InputException(new Diagnostic(path, 0, 0, null, "no such run version or document in the archive (try 'reporting archive list')"));
        }));
        return command;
    }

    private static Command Search()
    {
        var archive = ArchiveOption();
        var hash = new Option<string?>("--hash") { Description = "A prefix of the SHA-256 of the archived file or of the document as sent" };
        var addressee = new Option<string?>("--addressee") { Description = "Text in the addressee (case-insensitive)" };
        var kind = new Option<string?>("--kind") { Description = "The document kind, e.g. trustee-statement" };
        var title = new Option<string?>("--title") { Description = "Text in the title (case-insensitive)" };
        var from = CommonOptions.DateOption("--from", "Documents dated on or after");
        var to = CommonOptions.DateOption("--to", "Documents dated on or before");
        var deal = new Option<string?>("--deal") { Description = "Only this deal id" };
        var reference = new Option<string?>("--reference") { Description = "Issued documents whose reference contains this text (case-insensitive)" };
        var recipient = new Option<string?>("--recipient") { Description = "Issued documents sent to a recipient containing this text (case-insensitive)" };
        var state = new Option<string?>("--state") { Description = "Issued documents that are the latest of their reference, or superseded by an amendment" };
        state.AcceptOnlyFromAmong(IssueQuery.States);
        var json = CommonOptions.JsonOption();
        var indexDb = CommonOptions.IndexDbOption();
        var command = new Command("search", "Find issued documents and run documents by hash, addressee, kind, date range, title, deal, reference, recipient or state")
            { archive, hash, addressee, kind, title, from, to, deal, reference, recipient, state, indexDb, json };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var prefix = parse.GetValue(hash);
            if (prefix is not null && (prefix.Length == 0 || !prefix.All(Uri.IsHexDigit)))
                throw new UsageException($"--hash '{prefix}' is not a hexadecimal prefix");
            var start = parse.GetValue(from);
            var end = parse.GetValue(to);
            if (start is not null && end is not null && end < start) throw new UsageException("--to must not be before --from");
            using var index = OpenIndex(parse.GetValue(archive)!, parse.GetValue(indexDb));
            var dateFrom = start is null ? null : InvariantFormat.Iso(start.Value);
            var dateTo = end is null ? null : InvariantFormat.Iso(end.Value);
            var issues = index.Issues(new IssueQuery(DealId: parse.GetValue(deal), Kind: parse.GetValue(kind), Reference: parse.GetValue(reference),
                HashPrefix: prefix, Addressee: parse.GetValue(addressee), Recipient: parse.GetValue(recipient), TitleContains: parse.GetValue(title),
                DateFrom: dateFrom, DateTo: dateTo, State: parse.GetValue(state)));
            // Reference, recipient and state belong to issues: a run's draft has none of them, so none matches.
            var onlyIssues = parse.GetValue(reference) is not null || parse.GetValue(recipient) is not null || parse.GetValue(state) is not null;
            var documents = onlyIssues ? [] : index.Documents(new DocumentQuery(DealId: parse.GetValue(deal), Kind: parse.GetValue(kind), HashPrefix: prefix,
                Addressee: parse.GetValue(addressee), TitleContains: parse.GetValue(title), DateFrom: dateFrom, DateTo: dateTo));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(new SearchView(issues.Select(IssueView.Of).ToList(), documents));
                return CommandRunner.Ok;
            }
            Console.Out.WriteLine($"Issued documents ({issues.Count}):");
            var table = TextTable.Create(("State", false), ("Deal", false), ("Kind", false), ("Reference", false), ("Date", false), ("Sent to", false),
                ("Channel", false), ("Sent at", false), ("SHA-256 as sent", false), ("Path", false));
            foreach (var i in issues)
                TextTable.AddRow(table, i.SupersededBy is null ? "latest" : $"superseded by {i.SupersededBy}", i.Record.DealId, i.Record.Kind, i.Record.Reference,
                    i.Record.DocumentDate, i.Record.Recipient, i.Record.Channel, i.Record.SentAt, i.Record.SentSha256, i.DocumentPath);
            TextTable.Write(table);
            Console.Out.WriteLine($"Run documents (drafts, never sent as such) ({documents.Count}):");
            WriteDocuments(documents, json: false);
            return CommandRunner.Ok;
        }));
        return command;
    }

    /// <summary>The JSON of <c>archive search</c>: issued documents, then run documents (drafts).</summary>
    private sealed record SearchView(IReadOnlyList<IssueView> Issued, IReadOnlyList<IndexedDocument> Documents);

    /// <summary>An issued document in JSON: where it is, latest or superseded, and its record.</summary>
    private sealed record IssueView(string Path, string Document, string State, string? SupersededBy, Reporting.Archive.Lifecycle.IssueRecord Record, string EntrySha256, string RecordedAt)
    {
        public static IssueView Of(IndexedIssue i) => new(i.Path, i.DocumentPath, i.State, i.SupersededBy, i.Record, i.EntrySha256, i.RecordedAt);
    }

    private static JsonElement ReadManifest(string root, IndexedRun run)
    {
        var file = Path.Combine(root, run.Path, RunManifest.FileName);
        if (!File.Exists(file)) throw new InputException(new Diagnostic(file, 0, 0, null, "indexed but missing from the archive (run 'reporting verify' on it)"));
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        return document.RootElement.Clone();
    }

    private static void WriteRuns(IReadOnlyList<IndexedRun> runs, bool json)
    {
        if (json)
        {
            JsonOutput.Write(runs);
            return;
        }
        var table = TextTable.Create(("Deal", false), ("Period", false), ("Version", false), ("Documents", true), ("Engine", false), ("Manifest SHA-256", false), ("Path", false));
        foreach (var r in runs)
            TextTable.AddRow(table, r.DealId, r.Period, ArchiveLayout.VersionName(r.Version), r.Documents.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.EngineVersion, r.ManifestSha256, r.Path);
        TextTable.Write(table);
    }

    private static void WriteDocuments(IReadOnlyList<IndexedDocument> documents, bool json)
    {
        if (json)
        {
            JsonOutput.Write(documents);
            return;
        }
        var table = TextTable.Create(("Deal", false), ("Period", false), ("Version", false), ("Kind", false), ("Date", false), ("Addressee", false), ("SHA-256", false), ("Path", false));
        foreach (var d in documents)
            TextTable.AddRow(table, d.DealId, d.Period, ArchiveLayout.VersionName(d.Version), d.Kind, d.DocumentDate ?? "-", d.Addressee ?? "-", d.Sha256, d.Path);
        TextTable.Write(table);
    }

    /// <summary>The JSON of <c>archive show</c> for a run version.</summary>
    private sealed record RunView(IndexedRun Run, IReadOnlyList<IndexedDocument> Documents, JsonElement Manifest);

    /// <summary>The JSON of <c>archive show</c> for a document: its row, its run, and its manifest entry.</summary>
    private sealed record DocumentView(IndexedDocument Document, IndexedRun Run, JsonElement ManifestEntry);
}
