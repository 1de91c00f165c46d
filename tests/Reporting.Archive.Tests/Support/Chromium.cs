using System.Diagnostics;

namespace Reporting.Archive.Tests.Support;

/// <summary>Headless Chromium (Debian package <c>chromium</c>, installed by .ci/run) to look at a page as a person would.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static void RequireInstalled() =>
        Assert.True(File.Exists(Path), $"{Path} is missing: run .ci/run, which installs it (apt-get install -y chromium).");

    public static void Screenshot(string url, string png) => Run(url, $"--screenshot={png}", "--window-size=1280,900");

    public static string DumpDom(string url) => Run(url, "--dump-dom");

    private static string Run(string url, params string[] extra)
    {
        RequireInstalled();
        var profile = Directory.CreateTempSubdirectory("chromium-profile-");
        try
        {
            var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}" })
                start.ArgumentList.Add(a);
            foreach (var a in extra) start.ArgumentList.Add(a);
            start.ArgumentList.Add(url);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
