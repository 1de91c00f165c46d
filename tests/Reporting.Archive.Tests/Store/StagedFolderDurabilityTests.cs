using Reporting.Archive.Index;
using Reporting.Archive.Store;
using Reporting.Testing;

namespace Reporting.Archive.Tests.Store;

/// <summary>
/// Making a staged version durable must leave its files exactly as written, by either way (one
/// syncfs on Linux, an fsync per file elsewhere); and opening an index that already has its schema
/// must not write to it, since every add opens the index.
/// </summary>
public sealed class StagedFolderDurabilityTests
{
    [Fact]
    public void Flushing_a_staged_folder_leaves_every_file_as_written_either_way()
    {
        using var folder = new TemporaryFolder();
        var files = new Dictionary<string, byte[]>
        {
            ["manifest.json"] = "{}\n"u8.ToArray(),
            ["documents/notice.pdf"] = Enumerable.Range(0, 70_000).Select(i => (byte)(i % 251)).ToArray(),
            ["templates/documents/_letterhead.sbn"] = "letterhead\n"u8.ToArray(),
        };
        foreach (var (path, bytes) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(folder.Combine(path))!);
            File.WriteAllBytes(folder.Combine(path), bytes);
        }

        StagedFolderDurability.Flush(folder.Path);
        StagedFolderDurability.FlushEachFile(files.Keys.Select(p => folder.Combine(p)));

        foreach (var (path, bytes) in files) Assert.Equal(bytes, File.ReadAllBytes(folder.Combine(path)));
    }

    [Fact]
    public void An_empty_staged_folder_is_flushed_without_error()
    {
        using var folder = new TemporaryFolder();
        StagedFolderDurability.Flush(folder.Path);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Opening_an_index_that_has_its_schema_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Combine("index.sqlite");
        ArchiveIndex.OpenOrCreate(file).Dispose();
        var created = ChangeCounter(file);

        ArchiveIndex.OpenOrCreate(file).Dispose();
        ArchiveIndex.OpenOrCreate(file).Dispose();

        // SQLite's file change counter (header offset 24, big-endian) goes up with every write transaction.
        Assert.Equal(created, ChangeCounter(file));
        using var index = ArchiveIndex.OpenOrCreate(file);
        Assert.Contains("runs", index.TableNames());
    }

    private static uint ChangeCounter(string file)
    {
        var header = new byte[28];
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.ReadExactly(header);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(24));
    }
}
