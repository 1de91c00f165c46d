namespace Reporting.Documents.Text;

/// <summary>Text placed on a line: <see cref="X"/> is from the line's left edge before alignment.</summary>
public readonly record struct PositionedText(string Text, TextStyle Style, float X, float Width, bool FollowsSpace);
