using SkiaSharp;

namespace Reporting.Documents.Layout.Elements;

/// <summary>
/// Signature lines side by side (two to a row): entity, space to sign, a line, then name and title.
/// Kept together so a signature never sits on a page apart from its name.
/// </summary>
public sealed class SignatureBlock(IReadOnlyList<Signatory> signatories, float signingSpace = 30)
    : Composite(new KeepTogether(Build(signatories, signingSpace)))
{
    private static readonly SKColor LineColor = new(0x1A, 0x1A, 0x1A);

    private static Element Build(IReadOnlyList<Signatory> signatories, float signingSpace)
    {
        ColumnWidth[] pair = [ColumnWidth.Share(), ColumnWidth.Points(36), ColumnWidth.Share()];
        var rows = new List<Element>();
        for (var i = 0; i < signatories.Count; i += 2)
        {
            var cells = new List<RowCell> { new(One(signatories[i], signingSpace), 0) };
            if (i + 1 < signatories.Count)
            {
                cells.Add(new RowCell(One(signatories[i + 1], signingSpace), 2));
            }
            rows.Add(new Row(pair, cells));
        }
        return new Column(rows, spacing: 18);
    }

    private static Element One(Signatory signatory, float signingSpace)
    {
        ColumnWidth[] byLine = [ColumnWidth.Points(24), ColumnWidth.Share()];
        var parts = new List<Element>();
        if (signatory.SigningFor is not null)
        {
            parts.Add(signatory.SigningFor);
        }
        parts.Add(new Spacer(signingSpace));
        // The line sits on the "By:" baseline, so it is pushed down by most of a line of text.
        parts.Add(new Row(byLine, [new RowCell(signatory.ByLabel, 0), new RowCell(new Padding(new Rule(0.6f, LineColor), 10, 0, 0, 0), 1)]));
        var details = new List<Element>();
        if (signatory.Name is not null) details.Add(signatory.Name);
        if (signatory.Title is not null) details.Add(signatory.Title);
        parts.Add(new Padding(new Column(details), 3, 0, 0, 24));
        return new Column(parts);
    }
}
