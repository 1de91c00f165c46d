namespace Reporting.Documents.Text;

/// <summary>
/// A string placed by HarfBuzz, one glyph per character (per code point): where each starts and the
/// advance of the whole, in ems, so one shaping serves every size of the face.
/// </summary>
/// <param name="Positions">The x of each code point's glyph from the string's start, in ems.</param>
/// <param name="Advance">The width of the string (the pen's travel), in ems; kerning included.</param>
/// <param name="Kerned">False when every glyph sits at its plain advance: such a string can be drawn as plain text.</param>
internal sealed record ShapedText(float[] Positions, float Advance, bool Kerned)
{
    public float Width(float size) => Advance * size;
}
