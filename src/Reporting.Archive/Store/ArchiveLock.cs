using Reporting.RunFormat;

namespace Reporting.Archive.Store;

/// <summary>
/// A writer lock of the archive: a lock file (one per deal and period, see <see cref="ArchiveLayout.PeriodLockFile"/>)
/// opened with <see cref="FileShare.None"/> (an exclusive flock on Linux, released by the kernel if the
/// process dies), retried with backoff. The archive-wide <c>.lock</c> is held shared by every add
/// (adds do not wait for each other) and exclusively by <c>archive reindex</c>, which replaces the
/// index file under them and so must wait until no add is in progress.
/// </summary>
internal sealed class ArchiveLock : IDisposable
{
    private readonly FileStream _stream;

    private ArchiveLock(FileStream stream) => _stream = stream;

    /// <summary>The lock if it is free now; null when another add holds it.</summary>
    public static ArchiveLock? TryAcquire(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        try
        {
            return new ArchiveLock(new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The archive-wide lock, exclusively: no add runs until it is released.</summary>
    public static ArchiveLock Acquire(ArchiveLayout layout, TimeSpan timeout) => Acquire(layout.LockFile, timeout);

    /// <summary>The archive-wide lock, shared with every other add: it only keeps a reindex out.</summary>
    public static ArchiveLock AcquireShared(ArchiveLayout layout, TimeSpan timeout) => Acquire(layout.LockFile, timeout, FileShare.ReadWrite);

    public static ArchiveLock Acquire(string file, TimeSpan timeout, FileShare share = FileShare.None)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var delay = TimeSpan.FromMilliseconds(10);
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                // On Linux FileShare.None takes an exclusive flock and any other share a shared one.
                return new ArchiveLock(new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, share));
            }
            catch (IOException) when (waited < timeout)
            {
                Thread.Sleep(delay);
                waited += delay;
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 500));
            }
            catch (IOException)
            {
                throw new InputException(new Diagnostic(file, 0, 0, null,
                    $"is locked by another add to the archive, or by an archive reindex (waited {(int)waited.TotalSeconds} s); try again when it has finished"));
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
