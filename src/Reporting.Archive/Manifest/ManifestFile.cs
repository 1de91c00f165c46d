namespace Reporting.Archive.Manifest;

/// <summary>An input, template or font of a run: a path (relative to its folder) and its SHA-256.</summary>
public sealed record ManifestFile(string Path, string Sha256);
