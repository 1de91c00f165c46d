namespace Reporting.Templating;

/// <summary>
/// Maps a position in generated markup back to the file a person edits (usually the template, or the
/// included template, that wrote that stretch of markup). Positions are 1-based.
/// </summary>
public interface ISourceMap
{
    SourcePosition Resolve(int line, int column);
}
