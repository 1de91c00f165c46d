using Reporting.Archive.Store;

namespace Reporting.Archive.Index;

/// <summary>The index in a PostgreSQL database every worker reaches (<c>--index-db</c> or <c>REPORTING_INDEX_DB</c>).</summary>
public sealed class PostgresIndexDatabase(string connectionString) : IIndexDatabase
{
    public string Name => "the PostgreSQL archive index";

    public IArchiveIndex OpenOrCreate(ArchiveLayout layout) => PostgresArchiveIndex.Open(connectionString);

    public IArchiveIndex OpenReadOnly(string archiveRoot) => PostgresArchiveIndex.Open(connectionString);

    public bool Exists(string archiveRoot) => PostgresArchiveIndex.Exists(connectionString);
}
