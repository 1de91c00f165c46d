using Reporting.Archive.Store;

namespace Reporting.Archive.Index;

/// <summary>The embedded default: <c>index.sqlite</c> in the archive folder.</summary>
public sealed class SqliteIndexDatabase : IIndexDatabase
{
    public static SqliteIndexDatabase Instance { get; } = new();

    private SqliteIndexDatabase() { }

    public string Name => ArchiveLayout.IndexFileName;

    public IArchiveIndex OpenOrCreate(ArchiveLayout layout) => ArchiveIndex.OpenOrCreate(layout.IndexFile);

    public IArchiveIndex OpenReadOnly(string archiveRoot) => ArchiveIndex.OpenReadOnly(archiveRoot);

    public bool Exists(string archiveRoot) => File.Exists(Path.Combine(archiveRoot, ArchiveLayout.IndexFileName));
}
