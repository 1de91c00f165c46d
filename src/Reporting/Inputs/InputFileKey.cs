namespace Reporting.Inputs;

/// <summary>Reads a <c>*_file:</c> key of the terms: a file name inside the deal folder, checked where the key is written.</summary>
public static class InputFileKey
{
    /// <summary>The word that says a deal has no such file on purpose (e.g. <c>ratings_file: none</c>).</summary>
    public const string None = "none";

    /// <summary>The file <paramref name="key"/> names, or <paramref name="fallback"/> when the key is absent.</summary>
    public static string InputFile(this TermsNode node, string key, string fallback)
    {
        var name = node.OptionalString(key) ?? fallback;
        if (ConfinedPath.SyntaxProblem(name) is { } problem) node.Error(key, problem);
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
