using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Deals;

/// <summary>
/// Finds the input files a deal's terms name. A file the terms name must be there: a missing
/// file, a folder in its place or a link is an error, never read as "no data".
/// </summary>
public static class DealInputFiles
{
    /// <summary>The full path of <paramref name="fileName"/> in the deal folder, or null after adding the reason to <paramref name="errors"/>.</summary>
    /// <param name="key">The terms key that names the file, e.g. <c>ratings_downgrade.ratings_file</c>.</param>
    public static string? Require(DealTerms deal, string fileName, string key, InputErrors errors)
    {
        var path = ConfinedPath.Resolve(deal.Folder, fileName, out var problem);
        if (path is null)
        {
            errors.Add(DealLoader.TermsFileName, 0, 0, key, problem!);
            return null;
        }
        if (Directory.Exists(path))
        {
            errors.Add(fileName, 0, 0, null, $"is a folder, but {key} in {DealLoader.TermsFileName} names it as an input file");
            return null;
        }
        if (!File.Exists(path))
        {
            errors.Add(fileName, 0, 0, null, $"the deal folder has no {fileName} ({key} in {DealLoader.TermsFileName} names it)");
            return null;
        }
        return path;
    }

    /// <summary>An error for each symbolic link in the deal folder: the archive copies the folder, so it must hold its files itself.</summary>
    public static void RejectLinks(string folder, InputErrors errors)
    {
        foreach (var link in ConfinedPath.LinksUnder(folder))
            errors.Add(link, 0, 0, null, "is a symbolic link; a deal folder must hold its input files themselves (copy the file in)");
    }
}
