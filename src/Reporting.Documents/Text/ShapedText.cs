namespace Reporting.Documents.Text;

/// <summary>
/// A string placed by HarfBuzz, one glyph per character (per code point): where each starts and the
/// advance of the whole, in ems, so one shaping serves every size of the face.
/// </summary>
/// <param name="Positions">The x of each code point's glyph from the string's start, in ems.</param>
/// <param name="Advance">The width of the string (the pen's travel), in ems; kerning included.</param>
internal sealed record ShapedText(float[] Positions, float Advance)
{
    public float Width(float size) => Advance * size;
}
