namespace Reporting.Inputs;

/// <summary>
/// The input files of a deal folder on disk. This is the one place a name from the terms becomes
/// a path: a name that leaves the folder or passes a symbolic link anywhere on the way is refused
/// (a file read from outside would be neither confined nor archived), and a name must be a file.
/// </summary>
public sealed class InputFolder : IInputFiles
{
    public InputFolder(string folder) => Folder = Path.GetFullPath(folder);

    public string Folder { get; }

    public InputFileProblem? Check(string name)
    {
        var path = ConfinedPath.Resolve(Folder, name, out var problem);
        if (path is null) return new InputFileProblem(InputFileProblemKind.Refused, problem);
        if (Directory.Exists(path)) return InputFileProblem.Folder;
        return File.Exists(path) ? null : InputFileProblem.Missing;
    }

    public TextReader OpenText(string name)
    {
        var path = ConfinedPath.Resolve(Folder, name, out var problem)
            ?? throw new InvalidOperationException($"{name} was opened without being checked: {problem}");
        return new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>
    /// An error for each symbolic link in <paramref name="folder"/>, used or not: the archive copies
    /// the deal folder whole, so it must hold its files itself.
    /// </summary>
    public static void RejectLinks(string folder, Reporting.RunFormat.InputErrors errors)
    {
        foreach (var link in ConfinedPath.LinksUnder(folder))
            errors.Add(link, 0, 0, null, "is a symbolic link; a deal folder must hold its input files themselves (copy the file in)");
    }
}
