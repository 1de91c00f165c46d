namespace Reporting.Templating;

/// <summary>The markup a template produced, and the map from its lines back to the template.</summary>
public sealed record GeneratedMarkup(string Text, string TemplatePath, ISourceMap SourceMap);
