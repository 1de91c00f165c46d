using System.Diagnostics;

namespace Reporting.Archive.Tests.Support;

/// <summary>poppler's <c>pdfsig</c>: an independent check of a PDF's signatures (apt package poppler-utils).</summary>
internal static class Pdfsig
{
    public static string Run(string pdf)
    {
        var start = new ProcessStartInfo("pdfsig") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(pdf);
        // pdfsig prints the signing time in the local zone: make it UTC whatever the machine's.
        start.Environment["TZ"] = "UTC";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdfsig did not start (apt-get install poppler-utils)");
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
