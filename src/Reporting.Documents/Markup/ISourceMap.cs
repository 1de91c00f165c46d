using Reporting.Documents.Diagnostics;

namespace Reporting.Documents.Markup;

/// <summary>
/// Maps a position in generated markup back to the file a person edits (usually the template that
/// produced that line). Positions are 1-based.
/// </summary>
public interface ISourceMap
{
    SourceLocation Resolve(int line, int column);
}
