namespace Reporting.Inputs;

/// <summary>Why a name cannot be read as an input file of a folder.</summary>
/// <param name="Kind">Whether the name itself is refused, or names nothing readable.</param>
/// <param name="Reason">For a refused name, why (it leaves the folder, passes a symbolic link...).</param>
public sealed record InputFileProblem(InputFileProblemKind Kind, string? Reason = null)
{
    public static readonly InputFileProblem Missing = new(InputFileProblemKind.Missing);

    public static readonly InputFileProblem Folder = new(InputFileProblemKind.Folder);
}

public enum InputFileProblemKind
{
    /// <summary>The name leads outside the folder or through a symbolic link: it is never looked at.</summary>
    Refused,

    /// <summary>The folder has nothing of that name.</summary>
    Missing,

    /// <summary>A folder stands where the file should be.</summary>
    Folder,
}
