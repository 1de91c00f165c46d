using System.Diagnostics;
using Npgsql;

namespace Reporting.Testing;

/// <summary>
/// A throwaway PostgreSQL 15 cluster for one test class: <c>initdb</c> into a temporary folder,
/// <c>pg_ctl start</c> listening only on a Unix socket in that folder (so no TCP port can clash with
/// anything), trust authentication for the user <c>reporting</c>; stopped and deleted on dispose.
/// </summary>
/// <remarks>
/// PostgreSQL refuses to run as root, and CI runs the tests as root: then the cluster's programs
/// run as the <c>postgres</c> system user (created with the Debian package; <c>.ci/run</c> installs
/// it when missing) through <c>runuser</c>, and the folder is handed to that user. The binaries are
/// found in <c>REPORTING_PG_BIN</c>, else <c>/usr/lib/postgresql/15/bin</c>.
/// </remarks>
public sealed class PostgresCluster : IDisposable
{
    private const string SystemUser = "postgres";
    private const int Port = 5432;

    private readonly string _bin;
    private readonly string _data;
    private readonly bool _asRoot;
    private int _databases;

    public PostgresCluster()
    {
        _bin = Environment.GetEnvironmentVariable("REPORTING_PG_BIN") is { Length: > 0 } bin ? bin : "/usr/lib/postgresql/15/bin";
        if (!File.Exists(System.IO.Path.Combine(_bin, "initdb")))
            throw new InvalidOperationException($"PostgreSQL 15 is needed by this test and was not found in {_bin}: apt-get install -y postgresql-15 (or set REPORTING_PG_BIN)");
        // Short: a Unix socket path must stay under 108 bytes.
        Folder = System.IO.Path.Combine("/tmp", "rpg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Folder);
        _data = System.IO.Path.Combine(Folder, "data");
        _asRoot = Environment.UserName == "root";
        if (_asRoot) Run("chown", ["-R", SystemUser, Folder]);
        RunTool("initdb", ["-D", _data, "-U", "reporting", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
        // fsync off: a test cluster need not survive a power cut, and the machine is shared.
        RunTool("pg_ctl", ["-D", _data, "-w", "-t", "60", "-l", System.IO.Path.Combine(Folder, "server.log"), "-o",
            $"-p {Port} -k {Folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"]);
        ConnectionString = ConnectionTo("postgres");
    }

    /// <summary>The cluster's folder (data, socket and log).</summary>
    public string Folder { get; }

    /// <summary>The <c>postgres</c> database (for creating others).</summary>
    public string ConnectionString { get; }

    /// <summary>A new, empty database of its own for one test: its connection string.</summary>
    public string CreateDatabase(string prefix = "test")
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databases)}";
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }
        return ConnectionTo(name);
    }

    private string ConnectionTo(string database) =>
        new NpgsqlConnectionStringBuilder { Host = Folder, Port = Port, Username = "reporting", Database = database, Pooling = true }.ConnectionString;

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try { RunTool("pg_ctl", ["-D", _data, "-m", "immediate", "-w", "stop"]); }
        catch (InvalidOperationException) { /* already stopped: nothing to stop */ }
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }

    private void RunTool(string tool, IReadOnlyList<string> args)
    {
        var path = System.IO.Path.Combine(_bin, tool);
        if (_asRoot) Run("runuser", ["-u", SystemUser, "--", path, .. args]);
        else Run(path, args);
    }

    private static void Run(string program, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {stdout.Result}{stderr.Result}");
    }
}
