using System.CommandLine;
using Hangfire;
using Hangfire.PostgreSql;
using Npgsql;

namespace Reporting.Cli.Queue;

/// <summary>
/// The shared queue of deal-month jobs: Hangfire with its PostgreSQL job storage. Every process
/// that enqueues, works or reports on jobs configures Hangfire here, the same way.
/// </summary>
/// <remarks>
/// A job that a worker has taken is invisible to the other workers for the invisibility timeout.
/// The timeout is sliding: a live worker's storage process keeps renewing it while the job runs, so
/// a long deal is never taken twice, and a worker that dies (kill -9, a lost machine) stops renewing
/// it, so another worker takes the job once the timeout has passed since the last renewal. The
/// production default is 5 minutes; a test uses a few seconds.
/// </remarks>
internal static class JobQueue
{
    /// <summary>The environment variable naming the queue's database when <c>--queue</c> is not given.</summary>
    public const string Variable = "REPORTING_QUEUE";

    /// <summary>The Hangfire queue deal-month jobs go to (lower-case letters, digits and underscores).</summary>
    public const string Name = "deal_months";

    /// <summary>The schema of Hangfire's tables; the archive index, if it shares the database, keeps to its own tables.</summary>
    public const string Schema = "hangfire";

    public static readonly TimeSpan DefaultInvisibilityTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Any fixed number: the advisory lock held while Hangfire creates or upgrades its tables.</summary>
    private const long SchemaLockKey = 0x48616e6766697265;

    public static Option<string?> Option() => new("--queue")
    {
        Description = $"The job queue: an Npgsql connection string to its PostgreSQL database (default ${Variable})",
    };

    /// <summary>The connection string of <c>--queue</c>, else of <c>$REPORTING_QUEUE</c>; a usage error when neither is set.</summary>
    public static string ConnectionString(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value
        : throw new UsageException($"no job queue: give --queue CONNECTION-STRING or set ${Variable} (a PostgreSQL database, e.g. \"Host=db;Username=reporting;Database=reporting\")");

    /// <summary>Points Hangfire at the queue's database, creating Hangfire's schema there on first use.</summary>
    public static JobStorage Use(string connectionString, TimeSpan? invisibilityTimeout = null)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            PrepareSchemaIfNecessary = true,
            InvisibilityTimeout = invisibilityTimeout ?? DefaultInvisibilityTimeout,
            UseSlidingInvisibilityTimeout = true,
            QueuePollInterval = TimeSpan.FromMilliseconds(500),
        };
        // The storage creates Hangfire's tables as it is made; workers started together on a new
        // database take turns at it, on a session advisory lock of a connection of our own.
        using var schemaLock = new NpgsqlConnection(connectionString);
        schemaLock.Open();
        using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({SchemaLockKey})", schemaLock)) take.ExecuteNonQuery();
        GlobalConfiguration.Configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            // Type names without assembly versions: a job enqueued by one build is run by the next.
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), options);
        // Closing the connection releases the lock.
        return JobStorage.Current;
    }
}
