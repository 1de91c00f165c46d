using Reporting.Documents.Text;

namespace Reporting.Documents.Markup;

/// <summary>What a block inherits from where it sits: the text style, and how deep in clauses it is.</summary>
internal sealed record BlockContext(TextStyle Style, int ClauseDepth, TextAlignment Alignment = TextAlignment.Left);
