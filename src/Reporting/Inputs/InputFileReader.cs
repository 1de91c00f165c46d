using Reporting.RunFormat;
namespace Reporting.Inputs;

/// <summary>
/// Reads each input file of a deal at most once. Several contracts can use one file (Schedule I
/// feeds both the cap and the Volatility Buffer; the ratings history both the ratings events and
/// the Threshold): the first use parses it, later uses get the same value and the same errors.
/// A file the terms name must be there: a missing file, a folder in its place or a refused name
/// is an error, never read as "no data".
/// </summary>
public sealed class InputFileReader
{
    private readonly Dictionary<string, (object? Value, IReadOnlyList<Diagnostic> Errors)> read = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, InputFileSource> sources;

    /// <param name="sources">Where the terms name each file, so that an error about a name points at it.</param>
    public InputFileReader(IInputFiles files, IReadOnlyDictionary<string, InputFileSource>? sources = null)
    {
        Files = files;
        this.sources = sources ?? new Dictionary<string, InputFileSource>();
    }

    public IInputFiles Files { get; }

    /// <summary>Whether an input the terms leave optional is there to read (a read file, or one the folder accepts).</summary>
    public bool Exists(string name) => read.ContainsKey(name) || Files.Check(name) is null;

    /// <summary>
    /// The file parsed by <paramref name="parse"/> (given the text and the file's name), with the file's errors added to
    /// <paramref name="errors"/>; null, with an error, when the name cannot be read.
    /// </summary>
    public T? Read<T>(string name, InputErrors errors, Func<TextReader, string, InputErrors, T> parse) where T : class
    {
        if (!read.TryGetValue(name, out var file))
        {
            if (Files.Check(name) is { } problem)
            {
                file = (null, new[] { Describe(name, problem) });
            }
            else
            {
                var own = new InputErrors();
                using (var reader = Files.OpenText(name)) file = (parse(reader, name, own), own.All.ToArray());
            }
            read.Add(name, file);
        }
        foreach (var error in file.Errors) errors.Add(error);
        return (T?)file.Value;
    }

    private Diagnostic Describe(string name, InputFileProblem problem)
    {
        var source = sources.GetValueOrDefault(name);
        var naming = source is null ? "" : $" ({source.Key} in {source.File} names it)";
        return problem.Kind switch
        {
            // A refused name is never looked at: the error points at where the terms give it.
            InputFileProblemKind.Refused when source is not null => new Diagnostic(source.File, source.Line, source.Column, source.Key, problem.Reason!),
            InputFileProblemKind.Refused => new Diagnostic(name, 0, 0, null, problem.Reason!),
            InputFileProblemKind.Folder => new Diagnostic(name, 0, 0, null,
                source is null ? "is a folder, not an input file" : $"is a folder, but {source.Key} in {source.File} names it as an input file"),
            _ => new Diagnostic(name, 0, 0, null, $"the deal folder has no {name}{naming}"),
        };
    }
}
