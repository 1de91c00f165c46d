namespace Reporting.Documents.Fonts;

/// <summary>One face of a family: the unit a font file, a subset and an embedded PDF font correspond to.</summary>
public readonly record struct FontKey(FontFamily Family, bool Bold, bool Italic)
{
    public static readonly FontKey SansRegular = new(FontFamily.Sans, false, false);

    public FontKey WithBold(bool bold) => this with { Bold = bold };

    public FontKey WithItalic(bool italic) => this with { Italic = italic };

    public override string ToString() =>
        $"{Family}{(Bold ? "-Bold" : "")}{(Italic ? "-Italic" : "")}";
}
