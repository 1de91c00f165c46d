namespace Reporting.Templating;

/// <summary>For markup written by hand: positions are reported as they are, under the markup's own name.</summary>
public sealed class IdentitySourceMap(string sourceName) : ISourceMap
{
    public SourcePosition Resolve(int line, int column) => new(sourceName, line, column);
}
