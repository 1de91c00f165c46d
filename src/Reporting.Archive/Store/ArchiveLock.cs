using Reporting.RunFormat;

namespace Reporting.Archive.Store;

/// <summary>
/// The archive's writer lock: <c>.lock</c> opened with <see cref="FileShare.None"/> (an exclusive
/// flock on Linux, released by the kernel if the process dies), retried with backoff.
/// </summary>
internal sealed class ArchiveLock : IDisposable
{
    private readonly FileStream _stream;

    private ArchiveLock(FileStream stream) => _stream = stream;

    public static ArchiveLock Acquire(ArchiveLayout layout, TimeSpan timeout)
    {
        var delay = TimeSpan.FromMilliseconds(10);
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return new ArchiveLock(new FileStream(layout.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (waited < timeout)
            {
                Thread.Sleep(delay);
                waited += delay;
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 500));
            }
            catch (IOException)
            {
                throw new InputException(new Diagnostic(layout.LockFile, 0, 0, null,
                    $"the archive is locked by another process (waited {(int)waited.TotalSeconds} s); try again when it has finished"));
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
