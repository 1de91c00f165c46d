using Reporting.RunFormat;
namespace Reporting.Inputs;

/// <summary>
/// Reads each input file of a deal at most once. Several contracts can use one file (Schedule I
/// feeds both the cap and the Volatility Buffer; the ratings history both the ratings events and
/// the Threshold): the first use parses it, later uses get the same value and the same errors.
/// </summary>
public sealed class InputFileReader
{
    private readonly Dictionary<string, (object Value, IReadOnlyList<Diagnostic> Errors)> read = new(StringComparer.Ordinal);

    public InputFileReader(IInputFiles files) => Files = files;

    public IInputFiles Files { get; }

    public bool Exists(string name) => read.ContainsKey(name) || Files.Exists(name);

    /// <summary>
    /// The file parsed by <paramref name="parse"/> (given the text and the file's name), with the file's errors added to
    /// <paramref name="errors"/>; null when there is no such file.
    /// </summary>
    public T? Read<T>(string name, InputErrors errors, Func<TextReader, string, InputErrors, T> parse) where T : class
    {
        if (!read.TryGetValue(name, out var file))
        {
            if (!Files.Exists(name)) return null;
            var own = new InputErrors();
            using (var reader = Files.OpenText(name)) file = (parse(reader, name, own), own.All.ToArray());
            read.Add(name, file);
        }
        foreach (var error in file.Errors) errors.Add(error);
        return (T)file.Value;
    }
}
