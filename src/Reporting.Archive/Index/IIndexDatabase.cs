using Reporting.Archive.Store;

namespace Reporting.Archive.Index;

/// <summary>Where an archive's index lives, and how it is opened.</summary>
public interface IIndexDatabase
{
    /// <summary>How messages name the index (<c>index.sqlite</c>, or the PostgreSQL database).</summary>
    string Name { get; }

    /// <summary>Opens the index for writing, creating its schema (or migrating it) on first use.</summary>
    IArchiveIndex OpenOrCreate(ArchiveLayout layout);

    /// <summary>Opens an existing index for queries; an archive without one is bad input.</summary>
    IArchiveIndex OpenReadOnly(string archiveRoot);

    /// <summary>Whether the archive at <paramref name="archiveRoot"/> has an index here yet.</summary>
    bool Exists(string archiveRoot);
}
