using Reporting.Documents.Markup;

namespace Reporting.Documents.Templates;

/// <summary>The markup a template produced, and the map from its lines back to the template.</summary>
public sealed record GeneratedMarkup(string Text, string TemplatePath, ISourceMap SourceMap);
