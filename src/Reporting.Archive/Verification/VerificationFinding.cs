namespace Reporting.Archive.Verification;

/// <summary>One thing that does not match, located by the file (relative to the version folder) it concerns.</summary>
/// <param name="Path">e.g. <c>documents/trustee-statement-2007-03.pdf</c> or <c>manifest.json</c>.</param>
/// <param name="Check">What was compared: hash, original, index, re-render, manifest, page-text, results, archival-copy, listing.</param>
/// <param name="Message">How it differs.</param>
public sealed record VerificationFinding(string Path, string Check, string Message)
{
    public override string ToString() => $"{Path}: {Check}: {Message}";
}
