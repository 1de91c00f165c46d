namespace Reporting.Documents.Fonts;

/// <summary>A font file on disk and its SHA-256 (lower-case hex), for a run manifest.</summary>
public sealed record FontFile(FontKey Key, string Path, string Sha256);
