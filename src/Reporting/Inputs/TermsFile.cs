using Reporting.RunFormat;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Reporting.Inputs;

/// <summary>A parsed YAML terms file: its name for messages, its root mapping and its errors.</summary>
public sealed class TermsFile
{
    private TermsFile(string name, InputErrors errors)
    {
        Name = name;
        Errors = errors;
    }

    public string Name { get; }

    public InputErrors Errors { get; }

    private readonly Dictionary<string, InputFileSource> _inputFiles = new(StringComparer.Ordinal);

    /// <summary>The input files the terms name, each with where it is first named.</summary>
    public IReadOnlyDictionary<string, InputFileSource> InputFiles => _inputFiles;

    internal void NameInputFile(string name, InputFileSource source) => _inputFiles.TryAdd(name, source);

    /// <summary>
    /// The rating agencies and scales this file's clauses may name: the shipped ones, with a deal's
    /// own <c>rating_scales:</c> once its loader has read them; null until then (the shipped ones).
    /// </summary>
    internal Ratings.RatingScaleFile? RatingScales { get; set; }

    /// <summary>The root mapping, or null when the file could not be parsed as a YAML mapping.</summary>
    public TermsNode? Root { get; private set; }

    /// <summary>Reads a deal terms file, whose loaders are checked against the deal schema as they read.</summary>
    public static TermsFile Load(TextReader text, string displayName, InputErrors errors)
        => Read(text, displayName, errors, TermsSchema.Deal);

    /// <summary>Parses terms from text already open, named <paramref name="displayName"/> in messages.</summary>
    /// <param name="schema">The schema the loaders' reads are checked against; null for none.</param>
    internal static TermsFile Read(TextReader reader, string displayName, InputErrors errors, TermsSchema? schema = null)
    {
        var file = new TermsFile(displayName, errors);
        var text = reader.ReadToEnd();
        try
        {
            int nul = text.IndexOf('\0');
            if (nul >= 0)
            {
                var line = text.AsSpan(0, nul).Count('\n') + 1;
                var column = nul - (text.LastIndexOf('\n', Math.Max(0, nul - 1)) + 1) + 1;
                errors.Add(displayName, line, column, null, "contains a NUL character (expected text; is this a binary file?)");
                return file;
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                errors.Add(displayName, 1, 1, null, "expected a YAML mapping of keys to values at the top level");
                return file;
            }
            if (stream.Documents.Count > 1)
            {
                // A second document ('---') would be silently ignored: the terms must be one document.
                var second = stream.Documents[1].RootNode.Start;
                errors.Add(displayName, (int)second.Line, (int)second.Column, null, "a second YAML document (after '---'); the terms file must be one document");
                return file;
            }
            file.Root = new TermsNode(file, root, "", schema);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner fails this way on some malformed plain scalars (e.g. a stray
            // '#' glued to a value), its node loader with an ArgumentException on an event it does
            // not expect; the error is placed just after the last token it could read.
            var (line, column) = LastReadableToken(text);
            errors.Add(displayName, line, column, null, "not valid YAML: the text after this point cannot be read (check quoting, '#' and indentation)");
        }
        catch (YamlException e)
        {
            // A syntax error stops the parse: YAML cannot be read past it.
            errors.Add(displayName, (int)e.Start.Line, (int)e.Start.Column, null, $"not valid YAML: {e.InnerException?.Message ?? e.Message}");
        }
        return file;
    }

    private static (int Line, int Column) LastReadableToken(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (scanner.MoveNext()) last = scanner.Current!.End;
        }
        catch (Exception e) when (e is InvalidOperationException or YamlException)
        {
        }
        return ((int)last.Line, (int)last.Column);
    }
}
