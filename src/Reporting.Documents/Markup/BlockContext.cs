using Reporting.Documents.Text;

namespace Reporting.Documents.Markup;

/// <summary>What a block inherits from where it sits: the text style, and how deep in clauses it is.</summary>
// A struct: one is made for every table cell, and it is only ever copied down the tree.
internal readonly record struct BlockContext(TextStyle Style, int ClauseDepth, TextAlignment Alignment = TextAlignment.Left);
