namespace Reporting.Documents.Text;

/// <summary>One laid-out line of a paragraph.</summary>
/// <param name="Pieces">Words (and glued word parts) with their x offsets; spaces are gaps, not pieces.</param>
/// <param name="Width">From the first piece's left to the last piece's right.</param>
/// <param name="Height">Line height (font size times leading, the largest on the line).</param>
/// <param name="Baseline">Distance from the line's top to the baseline.</param>
/// <param name="EndsParagraph">True for a paragraph's last line or one ended by a break: never justified.</param>
public sealed record TextLine(IReadOnlyList<PositionedText> Pieces, float Width, float Height, float Baseline, bool EndsParagraph);
