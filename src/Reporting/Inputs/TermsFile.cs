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
        try
        {
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                errors.Add(displayName, 1, 1, null, "expected a YAML mapping of keys to values at the top level");
                return file;
            }
            file.Root = new TermsNode(file, root, "", schema);
        }
        catch (YamlException e)
        {
            // A syntax error stops the parse: YAML cannot be read past it.
            errors.Add(displayName, (int)e.Start.Line, (int)e.Start.Column, null, $"not valid YAML: {e.InnerException?.Message ?? e.Message}");
        }
        return file;
    }
}
