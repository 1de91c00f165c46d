using Reporting.RunFormat;

namespace Reporting.Archive.Store;

/// <summary>
/// A writer lock of the archive: a lock file (one per deal and period, see <see cref="ArchiveLayout.PeriodLockFile"/>)
/// opened with <see cref="FileShare.None"/> (an exclusive flock on Linux, released by the kernel if the
/// process dies), retried with backoff.
/// </summary>
internal sealed class ArchiveLock : IDisposable
{
    private readonly FileStream stream;

    private ArchiveLock(FileStream stream) => this.stream = stream;

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

    public static ArchiveLock Acquire(string file, TimeSpan timeout)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var delay = TimeSpan.FromMilliseconds(10);
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return new ArchiveLock(new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
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
                    $"is locked by another add to the archive (waited {(int)waited.TotalSeconds} s); try again when it has finished"));
            }
        }
    }

    public void Dispose() => stream.Dispose();
}
