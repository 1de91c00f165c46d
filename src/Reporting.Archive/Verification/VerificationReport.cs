namespace Reporting.Archive.Verification;

/// <summary>The outcome of verifying a run version or one document of it.</summary>
/// <param name="VersionFolder">The archived version folder verified.</param>
/// <param name="Document">The one document verified, relative to the version folder, or null for the whole version.</param>
/// <param name="FilesChecked">How many files' hashes were recomputed.</param>
/// <param name="ReRendered">Whether the run was re-rendered from its archived inputs and compared.</param>
public sealed record VerificationReport(
    string VersionFolder,
    string? Document,
    int FilesChecked,
    bool ReRendered,
    IReadOnlyList<VerificationFinding> Findings)
{
    /// <summary>Everything matches: every hash, and the re-rendered run byte for byte.</summary>
    public bool Matches => ReRendered && Findings.Count == 0;
}
