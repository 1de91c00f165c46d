namespace Reporting.Inputs;

/// <summary>
/// The input files of one deal folder, by the names the deal's terms give them. Every read of
/// an input goes through here, so a test can count how often each file is opened.
/// </summary>
public interface IInputFiles
{
    /// <summary>The folder's full path.</summary>
    string Folder { get; }

    /// <summary>Whether the folder has a file of this name.</summary>
    bool Exists(string name);

    /// <summary>Opens the file as UTF-8 text (a byte-order mark is honoured).</summary>
    TextReader OpenText(string name);
}
