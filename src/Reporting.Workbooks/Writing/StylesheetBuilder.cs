using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Workbooks.Markup;
using CellStyle = Reporting.Workbooks.Markup.CellStyle;

namespace Reporting.Workbooks.Writing;

/// <summary>
/// Gives each distinct <see cref="CellStyle"/> a cell-format index, in order of first use, and then
/// writes the stylesheet those indexes point into. First-use order keeps the output deterministic.
/// </summary>
internal sealed class StylesheetBuilder
{
    /// <summary>Built-in format ids that need no declaration; everything else is declared from 164.</summary>
    private static readonly Dictionary<string, uint> _builtInFormatIds = new(StringComparer.Ordinal)
    {
        ["General"] = 0,
        ["@"] = 49,
    };

    private const uint FirstCustomFormatId = 164;
    private const uint RegularFont = 0;
    private const uint BoldFont = 1;
    private const uint NoBorder = 0;
    private const uint BottomBorder = 1;
    private const uint TopBorder = 2;

    private readonly List<CellStyle> _styles = [CellStyle.Default];
    private readonly Dictionary<CellStyle, uint> _indexes = new() { [CellStyle.Default] = 0 };
    private readonly List<string> _customCodes = [];

    public uint IndexOf(CellStyle style)
    {
        if (!_indexes.TryGetValue(style, out var index))
        {
            index = (uint)_styles.Count;
            _styles.Add(style);
            _indexes.Add(style, index);
        }

        return index;
    }

    public Stylesheet Build()
    {
        var cellFormats = _styles.Select(ToCellFormat).ToList();
        var stylesheet = new Stylesheet();
        if (_customCodes.Count > 0)
        {
            stylesheet.Append(new NumberingFormats(_customCodes.Select((code, i) => new NumberingFormat
            {
                NumberFormatId = FirstCustomFormatId + (uint)i,
                FormatCode = code,
            })) { Count = (uint)_customCodes.Count });
        }

        stylesheet.Append(
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(Border(bottom: false, top: false), Border(bottom: true, top: false), Border(bottom: false, top: true)) { Count = 3 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(cellFormats) { Count = (uint)cellFormats.Count },
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
            new DifferentialFormats { Count = 0 },
            new TableStyles { Count = 0, DefaultTableStyle = "TableStyleMedium2", DefaultPivotStyle = "PivotStyleLight16" });
        return stylesheet;
    }

    private CellFormat ToCellFormat(CellStyle style)
    {
        var formatId = NumberFormatId(style.Format.Code);
        var (font, border) = style.Emphasis switch
        {
            CellEmphasis.Bold => (BoldFont, NoBorder),
            CellEmphasis.Header => (BoldFont, BottomBorder),
            CellEmphasis.Total => (BoldFont, TopBorder),
            _ => (RegularFont, NoBorder),
        };
        return new CellFormat
        {
            NumberFormatId = formatId,
            FontId = font,
            FillId = 0,
            BorderId = border,
            FormatId = 0,
            ApplyNumberFormat = formatId != 0 ? true : null,
            ApplyFont = font != RegularFont ? true : null,
            ApplyBorder = border != NoBorder ? true : null,
        };
    }

    private uint NumberFormatId(string code)
    {
        if (_builtInFormatIds.TryGetValue(code, out var builtIn))
        {
            return builtIn;
        }

        var index = _customCodes.IndexOf(code);
        if (index < 0)
        {
            index = _customCodes.Count;
            _customCodes.Add(code);
        }

        return FirstCustomFormatId + (uint)index;
    }

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(
            new FontSize { Val = 11 },
            new Color { Theme = 1 },
            new FontName { Val = "Calibri" },
            new FontFamilyNumbering { Val = 2 },
            new FontScheme { Val = FontSchemeValues.Minor });
        return font;
    }

    private static Border Border(bool bottom, bool top) => new(
        new LeftBorder(),
        new RightBorder(),
        top ? new TopBorder { Style = BorderStyleValues.Thin } : new TopBorder(),
        bottom ? new BottomBorder { Style = BorderStyleValues.Thin } : new BottomBorder(),
        new DiagonalBorder());
}
