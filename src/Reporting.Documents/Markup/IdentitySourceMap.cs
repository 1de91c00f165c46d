using Reporting.Documents.Diagnostics;

namespace Reporting.Documents.Markup;

/// <summary>For markup written by hand: positions are reported as they are, under the markup's own name.</summary>
public sealed class IdentitySourceMap(string sourceName) : ISourceMap
{
    public SourceLocation Resolve(int line, int column) => new(sourceName, line, column);
}
