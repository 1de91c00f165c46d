namespace Reporting.Cycle;

/// <summary>
/// Serializes runs of one deal and month on this machine: an exclusive lock (<see cref="FileShare.None"/>,
/// an flock on Linux that the kernel releases if the process dies) held from rendering until the run
/// is archived and in place, so no run can archive or report what another run rendered. The lock
/// files live in the user's temporary folder, so taking one writes nothing the user owns.
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream stream;

    private RunLock(FileStream stream) => this.stream = stream;

    public static string FolderPath => Path.Combine(Path.GetTempPath(), $"reporting-locks-{Environment.UserName}");

    /// <summary>Waits for the lock of <paramref name="dealId"/> (a safe slug) and <paramref name="period"/>; <paramref name="onWait"/> is told once if it must wait.</summary>
    public static RunLock Acquire(string dealId, string period, Action? onWait = null, TimeSpan? timeout = null)
    {
        Directory.CreateDirectory(FolderPath);
        var path = Path.Combine(FolderPath, $"{dealId}.{period}.lock");
        var limit = timeout ?? TimeSpan.FromMinutes(30);
        var waited = TimeSpan.Zero;
        var delay = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            try
            {
                return new RunLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (waited < limit)
            {
                if (waited == TimeSpan.Zero) onWait?.Invoke();
                Thread.Sleep(delay);
                waited += delay;
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 250));
            }
        }
    }

    public void Dispose() => stream.Dispose();
}
