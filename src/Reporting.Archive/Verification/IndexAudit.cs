using Microsoft.Data.Sqlite;
using Reporting.Archive.Index;
using Reporting.RunFormat;
using Reporting.Archive.Store;

namespace Reporting.Archive.Verification;

/// <summary>
/// Checks the index (<c>index.sqlite</c>, or the PostgreSQL index) against the archive's own records (each version's <c>archive.json</c>
/// and <c>manifest.json</c>, and the files), never the other way round: the index is a convenience
/// that anyone with sqlite3 can edit, the version folders are the evidence. Finds a dropped
/// append-only trigger, a run row pointed at another folder, a forged or missing document row, and
/// any column (addressee, title, date, hash…) that differs from what the version records.
/// </summary>
internal static class IndexAudit
{
    /// <summary>Findings about one version's rows. <paramref name="root"/> is the archive holding the version.</summary>
    public static void CheckVersion(IIndexDatabase database, string root, string relative, string versionFolder, string? document,
        VersionRecord? record, RunManifest? manifest, List<VerificationFinding> findings)
    {
        Read(database, root, findings, index =>
        {
            CheckSchema(index, database.Name, findings);
            var (dealId, period, version) = Identity(relative, record);
            var runs = index.Runs(dealId, period, version);
            var run = runs.SingleOrDefault();
            if (run is null)
            {
                findings.Add(new(relative, "index", $"not in {database.Name}"));
            }
            else
            {
                if (run.Path != relative)
                    findings.Add(new(relative, "index", $"{database.Name} points version {version} of {dealId} {period} at '{run.Path}', the archive holds it at '{relative}'"));
                if (manifest is not null)
                {
                    Compare(findings, database.Name, RunManifest.FileName, "manifest SHA-256", run.ManifestSha256, manifest.Sha256);
                    Compare(findings, database.Name, RunManifest.FileName, "deal name", run.DealName, manifest.DealName);
                    Compare(findings, database.Name, RunManifest.FileName, "scenario", run.Scenario, manifest.Scenario);
                    Compare(findings, database.Name, RunManifest.FileName, "engine version", run.EngineVersion, manifest.EngineVersion);
                }
            }
            foreach (var other in index.Runs().Where(r => r.Path == relative && (r.DealId, r.Period, r.Version) != (dealId, period, version)))
                findings.Add(new(relative, "index", $"{database.Name} also names this folder as version {other.Version} of {other.DealId} {other.Period}"));

            if (manifest is null) return;
            var files = record?.Files.ToDictionary(f => f.Path, StringComparer.Ordinal) ?? [];
            var expected = manifest.Outputs.Where(o => document is null || o.Path == document).ToDictionary(o => $"{relative}/{o.Path}", StringComparer.Ordinal);
            var rows = index.Documents(new DocumentQuery())
                .Where(d => (d.DealId, d.Period, d.Version) == (dealId, period, version) || d.Path.StartsWith(relative + "/", StringComparison.Ordinal))
                .Where(d => document is null || d.Path == $"{relative}/{document}")
                .ToList();
            foreach (var row in rows.Where(r => !expected.ContainsKey(r.Path)))
                findings.Add(new(RelativeTo(relative, row.Path), "index", $"{database.Name} has a document row that the version's manifest does not list (to {row.Addressee ?? "nobody"}, SHA-256 {row.Sha256})"));
            foreach (var (path, output) in expected)
            {
                var row = rows.FirstOrDefault(r => r.Path == path);
                if (row is null)
                {
                    findings.Add(new(output.Path, "index", $"not in {database.Name}"));
                    continue;
                }
                var at = output.Path;
                if ((row.DealId, row.Period, row.Version) != (dealId, period, version))
                    findings.Add(new(at, "index", $"{database.Name} files it under version {row.Version} of {row.DealId} {row.Period}"));
                Compare(findings, database.Name, at, "kind", row.Kind, output.Kind);
                Compare(findings, database.Name, at, "format", row.Format, output.Format);
                Compare(findings, database.Name, at, "title", row.Title, output.Title ?? output.Path);
                Compare(findings, database.Name, at, "document date", row.DocumentDate, IndexRows.IsoDate(output.DocumentDate));
                Compare(findings, database.Name, at, "addressee", row.Addressee, output.Addressee);
                Compare(findings, database.Name, at, "pages", row.Pages?.ToString(System.Globalization.CultureInfo.InvariantCulture), output.Pages?.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Compare(findings, database.Name, at, "results key", row.ResultsKey, output.ResultsKey);
                Compare(findings, database.Name, at, "SHA-256 as sent", row.OriginalSha256, output.Sha256);
                // Against the file itself and its record: a file and its record changed together still disagree with the index.
                var file = Path.Combine(versionFolder, output.Path);
                var actual = File.Exists(file) ? Hashes.Sha256OfFile(file) : "(missing)";
                if (row.Sha256 != actual) findings.Add(new(at, "index", $"{database.Name} has SHA-256 {row.Sha256}, the file {actual}"));
                else if (files.TryGetValue(output.Path, out var listed) && listed.Sha256 != row.Sha256)
                    findings.Add(new(at, "index", $"{database.Name} has SHA-256 {row.Sha256}, archive.json {listed.Sha256}"));
            }
        });
    }

    /// <summary>Rows of the whole index that no version folder backs (a forged run, or one re-pointed at nothing).</summary>
    public static void CheckRows(IIndexDatabase database, string root, IReadOnlySet<string> versionFolders, List<VerificationFinding> findings)
    {
        Read(database, root, findings, index =>
        {
            foreach (var run in index.Runs().Where(r => !versionFolders.Contains(r.Path)))
                findings.Add(new(run.Path, "index", $"{database.Name} lists version {run.Version} of {run.DealId} {run.Period} here, but the archive has no such version folder"));
            foreach (var row in index.Documents(new DocumentQuery()).Where(d => !versionFolders.Any(v => d.Path.StartsWith(v + "/", StringComparison.Ordinal))))
                findings.Add(new(row.Path, "index", $"{database.Name} lists a document outside every version folder of the archive"));
            CheckLifecycle(root, index, database.Name, findings);
        });
    }

    private static readonly string[] _lifecycleTables = ["run_entries", "approvals", "issues"];

    /// <summary>
    /// The lifecycle rows (run entries, approvals, issues) against the chain: the chain is replayed
    /// into an index in memory, and every row either side lacks is a finding. An index written
    /// before these tables existed is left to <c>archive reindex</c>.
    /// </summary>
    private static void CheckLifecycle(string root, IArchiveIndex index, string name, List<VerificationFinding> findings)
    {
        if (!_lifecycleTables.All(index.TableNames().Contains)) return;
        using var replayed = ArchiveIndex.OpenOrCreate(":memory:");
        Lifecycle.LifecycleRows.Replay(new ArchiveLayout(root), replayed);
        static HashSet<string> Rows(IArchiveIndex i) =>
            i.Dump().Where(r => _lifecycleTables.Any(t => r.StartsWith(t + ": ", StringComparison.Ordinal))).ToHashSet(StringComparer.Ordinal);
        var chain = Rows(replayed);
        var held = Rows(index);
        foreach (var row in held.Where(r => !chain.Contains(r)).Order(StringComparer.Ordinal))
            findings.Add(new(ArchiveLayout.IndexFileName, "index", $"{name} has a lifecycle row the hash chain does not back: {row}"));
        foreach (var row in chain.Where(r => !held.Contains(r)).Order(StringComparer.Ordinal))
            findings.Add(new(ArchiveLayout.IndexFileName, "index", $"{name} lacks a lifecycle row the hash chain records (`reporting archive recover` adds it): {row}"));
    }

        private static void Read(IIndexDatabase database, string root, List<VerificationFinding> findings, Action<IArchiveIndex> check)
    {
        if (!database.Exists(root))
        {
            findings.Add(new(ArchiveLayout.IndexFileName, "index", database is SqliteIndexDatabase ? "the archive has no index.sqlite (`reporting archive reindex` rebuilds it from the version folders)" : $"{database.Name} holds no archive index (`reporting archive reindex` rebuilds it from the version folders)"));
            return;
        }
        try
        {
            using var index = database.OpenReadOnly(root);
            var integrity = index.IntegrityCheck();
            if (integrity != "ok")
            {
                findings.Add(new(ArchiveLayout.IndexFileName, "index", $"{database.Name} is damaged ({integrity}); `reporting archive reindex` rebuilds it"));
                return;
            }
            check(index);
        }
        catch (SqliteException e)
        {
            findings.Add(new(ArchiveLayout.IndexFileName, "index", $"index.sqlite cannot be read ({e.Message}); `reporting archive reindex` rebuilds it"));
        }
        catch (Npgsql.NpgsqlException e)
        {
            findings.Add(new(ArchiveLayout.IndexFileName, "index", $"{database.Name} cannot be read ({e.Message})"));
        }
    }

    private static void CheckSchema(IArchiveIndex index, string name, List<VerificationFinding> findings)
    {
        var present = index.TriggerNames();
        var tables = index.TableNames();
        // An index written before a table existed (schema 1 had no lifecycle tables) gets it, and its triggers, on its next write.
        foreach (var trigger in ArchiveIndex.AppendOnlyTriggers.Where(t => !present.Contains(t) && tables.Contains(t[..t.IndexOf("_append_only", StringComparison.Ordinal)])))
            findings.Add(new(ArchiveLayout.IndexFileName, "index", $"the trigger {trigger} is missing: the index is no longer append-only and its rows may have been edited"));
    }

    /// <summary>Deal, period and version from the record, or from the folder's own path when the record is unreadable.</summary>
    private static (string DealId, string Period, int Version) Identity(string relative, VersionRecord? record)
    {
        if (record is not null) return (record.DealId, record.Period, record.Version);
        var parts = relative.Split('/');
        ArchiveLayout.TryParseVersionName(parts[2], out var version);
        return (parts[0], parts[1], version);
    }

    private static string RelativeTo(string versionPath, string path) =>
        path.StartsWith(versionPath + "/", StringComparison.Ordinal) ? path[(versionPath.Length + 1)..] : path;

    private static void Compare(List<VerificationFinding> findings, string name, string path, string what, string? indexed, string? recorded)
    {
        if (!string.Equals(indexed, recorded, StringComparison.Ordinal))
            findings.Add(new(path, "index", $"{name} has {what} {Show(indexed)}, the archived manifest {Show(recorded)}"));
    }

    private static string Show(string? value) => value is null ? "(none)" : $"'{value}'";
}
