namespace Reporting.Inputs;

/// <summary>
/// Reads a <c>*_file:</c> key of the terms: the name of a file in the deal folder. The name is
/// remembered with where it is written, so that <see cref="InputFolder"/>, which checks every
/// name before it is opened, can point a refused or missing name at its key.
/// </summary>
public static class InputFileKey
{
    /// <summary>The word that says a deal has no such file on purpose (e.g. <c>ratings_file: none</c>).</summary>
    public const string None = "none";

    /// <summary>The file <paramref name="key"/> names, or <paramref name="fallback"/> when the key is absent.</summary>
    public static string InputFile(this TermsNode node, string key, string fallback)
    {
        var name = node.OptionalString(key) ?? fallback;
        node.File.NameInputFile(name, node.SourceOf(key));
        return name;
    }

    /// <summary>Like <see cref="InputFile"/>, but <c>none</c> (null here) says the deal has no such file.</summary>
    public static string? InputFileOrNone(this TermsNode node, string key, string fallback)
    {
        var name = node.OptionalString(key);
        if (string.Equals(name, None, StringComparison.Ordinal)) return null;
        return node.InputFile(key, fallback);
    }
}
