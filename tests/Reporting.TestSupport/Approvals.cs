using System.Runtime.CompilerServices;
using System.Text;

namespace Reporting.Testing;

/// <summary>
/// Approved-output testing in Verify's conventions, without Verify: the expected text lives in
/// <c>{TestFile}.{Name}.approved.txt</c> beside the test file; on a mismatch (or when no approved file
/// exists yet) the actual text is written to <c>{TestFile}.{Name}.received.txt</c> (git-ignored) and the
/// test fails with a diff. To approve, review the received file and rename it to .approved.txt.
/// Line endings are normalised; nothing else is scrubbed unless the caller passes scrubbers.
/// </summary>
public static class Approvals
{
    public static void Verify(string received, string? name = null, IEnumerable<Func<string, string>>? scrubbers = null,
        [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        var text = Normalize(received);
        foreach (var scrub in scrubbers ?? [])
        {
            text = scrub(text);
        }
        var folder = Path.GetDirectoryName(testFile)!;
        var stem = $"{Path.GetFileNameWithoutExtension(testFile)}.{name ?? testName}";
        var approvedPath = Path.Combine(folder, stem + ".approved.txt");
        var receivedPath = Path.Combine(folder, stem + ".received.txt");

        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : null;
        if (approved == text)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }
            return;
        }
        File.WriteAllText(receivedPath, text);
        var message = approved is null
            ? $"No approved output yet. Review {receivedPath} and rename it to {Path.GetFileName(approvedPath)}."
            : $"Output differs from {Path.GetFileName(approvedPath)} (received written to {Path.GetFileName(receivedPath)}):{Environment.NewLine}{Diff(approved, text)}";
        throw new ApprovalException(message);
    }

    /// <summary>A short line diff: the first differing lines with a little context.</summary>
    public static string Diff(string expected, string actual, int maxLines = 20)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var first = 0;
        while (first < a.Length && first < b.Length && a[first] == b[first]) first++;
        var builder = new StringBuilder();
        builder.AppendLine($"@@ first difference at line {first + 1} (approved {a.Length} lines, received {b.Length}) @@");
        for (var i = Math.Max(0, first - 2); i < first; i++) builder.AppendLine("  " + a[i]);
        for (var i = first; i < Math.Min(a.Length, first + maxLines / 2); i++) builder.AppendLine("- " + a[i]);
        for (var i = first; i < Math.Min(b.Length, first + maxLines / 2); i++) builder.AppendLine("+ " + b[i]);
        return builder.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
}

public sealed class ApprovalException(string message) : Exception(message);
