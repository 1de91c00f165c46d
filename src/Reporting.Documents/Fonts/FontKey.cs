namespace Reporting.Documents.Fonts;

/// <summary>One face of a family: the unit a font file, a subset and an embedded PDF font correspond to.</summary>
/// <param name="Fallback">0 for the family's own face; n for the n-th fallback file (see <see cref="FontSet"/>),
/// which serves every family and style.</param>
public readonly record struct FontKey(FontFamily Family, bool Bold, bool Italic, int Fallback = 0)
{
    public static readonly FontKey SansRegular = new(FontFamily.Sans, false, false);

    /// <summary>The n-th fallback face (1-based).</summary>
    public static FontKey FallbackFace(int number) => new(FontFamily.Sans, false, false, number);

    public FontKey WithBold(bool bold) => this with { Bold = bold };

    public FontKey WithItalic(bool italic) => this with { Italic = italic };

    public override string ToString() => Fallback > 0
        ? $"Fallback{Fallback:D2}"
        : $"{Family}{(Bold ? "-Bold" : "")}{(Italic ? "-Italic" : "")}";
}
