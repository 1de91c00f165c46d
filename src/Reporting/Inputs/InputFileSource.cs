namespace Reporting.Inputs;

/// <summary>
/// Where the terms name an input file: the terms file, the dotted key and the value's line and
/// column (those of the key's section when the key is absent and its default name is used).
/// </summary>
public sealed record InputFileSource(string File, string Key, int Line, int Column);
