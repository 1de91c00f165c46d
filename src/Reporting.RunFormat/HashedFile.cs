namespace Reporting.RunFormat;

/// <summary>An input, template, font or results file of a run: a path (relative to its folder) and its SHA-256.</summary>
public sealed record HashedFile(string Path, string Sha256);
