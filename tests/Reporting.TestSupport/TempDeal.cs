namespace Reporting.Testing;

/// <summary>
/// A scratch copy of a sample deal in a temporary folder, for tests that change one input file
/// (bad input, scenario fixings). Deleted on dispose.
/// </summary>
public sealed class TempDeal : IDisposable
{
    public TempDeal(string sampleDealId)
    {
        Folder = Directory.CreateTempSubdirectory("reporting-test-").FullName;
        foreach (var file in Directory.GetFiles(Repo.Deal(sampleDealId)))
        {
            File.Copy(file, System.IO.Path.Combine(Folder, System.IO.Path.GetFileName(file)));
        }
    }

    public string Folder { get; }

    public string Path(string fileName) => System.IO.Path.Combine(Folder, fileName);

    public void Write(string fileName, string content) => File.WriteAllText(Path(fileName), content);

    /// <summary>Replaces the first occurrence of <paramref name="find"/> in a file; fails if absent.</summary>
    public void Replace(string fileName, string find, string replacement)
    {
        var text = File.ReadAllText(Path(fileName));
        int at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{find}' not found in {fileName}");
        File.WriteAllText(Path(fileName), text[..at] + replacement + text[(at + find.Length)..]);
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
