using Scriban.Parsing;

namespace Reporting.Templating;

/// <summary>
/// Output from <see cref="Offset"/> on came from <see cref="Origin"/> in a template. When
/// <see cref="Verbatim"/> (literal template text) the output follows the template character by
/// character; otherwise (an expression's value) all of it maps to the expression.
/// </summary>
internal readonly record struct OutputChunk(int Offset, TextPosition Origin, string File, bool Verbatim);
