namespace Reporting.Inputs;

/// <summary>The input files of a deal folder on disk.</summary>
public sealed class InputFolder : IInputFiles
{
    public InputFolder(string folder) => Folder = Path.GetFullPath(folder);

    public string Folder { get; }

    public bool Exists(string name) => File.Exists(PathOf(name));

    public TextReader OpenText(string name) =>
        new StreamReader(PathOf(name), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    private string PathOf(string name) => Path.Combine(Folder, name);
}
