namespace Reporting.Inputs;

/// <summary>
/// The input files of one deal folder, by the names the deal's terms give them. Every read of
/// an input goes through here, so a test can count how often each file is opened, and every
/// name is checked here before it is opened: it must stay inside the folder and be a file there.
/// </summary>
public interface IInputFiles
{
    /// <summary>The folder's full path.</summary>
    string Folder { get; }

    /// <summary>Why <paramref name="name"/> cannot be read as an input file of this folder, or null when it can.</summary>
    InputFileProblem? Check(string name);

    /// <summary>Opens the file as UTF-8 text (a byte-order mark is honoured); only a name <see cref="Check"/> accepts.</summary>
    TextReader OpenText(string name);
}
