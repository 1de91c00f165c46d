namespace Reporting.Inputs;

/// <summary>
/// One problem found in an input file, located precisely enough for a user to open the file
/// and fix it: <c>ratings.csv:14:4: column rating: 'A11' is not a Moody's long-term rating</c>.
/// </summary>
/// <param name="File">The file name as the user knows it (relative to the deal folder).</param>
/// <param name="Line">1-based line, or 0 when the problem is the file as a whole.</param>
/// <param name="Column">1-based column, or 0 when not known.</param>
/// <param name="Field">The CSV column or YAML key concerned, if any.</param>
/// <param name="Message">What was found and what was expected.</param>
public sealed record InputError(string File, int Line, int Column, string? Field, string Message)
{
    public override string ToString()
    {
        var location = Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
        return Field is null ? $"{location}: {Message}" : $"{location}: {Field}: {Message}";
    }
}
