using SkiaSharp;

namespace Reporting.Documents.Layout.Elements;

/// <summary>
/// Signature lines side by side (two to a row): entity, space to sign, a line, then name and title.
/// Each part is its own row, so lines and names align across a pair even when one entity's name wraps.
/// Kept together so a signature never sits on a page apart from its name.
/// </summary>
public sealed class SignatureBlock(IReadOnlyList<Signatory> signatories, float signingSpace = 30)
    : Composite(new KeepTogether(Build(signatories, signingSpace)))
{
    private static readonly SKColor _lineColor = new(0x1A, 0x1A, 0x1A);

    private static Element Build(IReadOnlyList<Signatory> signatories, float signingSpace)
    {
        ColumnWidth[] pair = [ColumnWidth.Share(), ColumnWidth.Points(36), ColumnWidth.Share()];
        var blocks = new List<Element>();
        for (var i = 0; i < signatories.Count; i += 2)
        {
            var group = signatories.Skip(i).Take(2).ToList();
            Row Across(Func<Signatory, Element?> part) =>
                new(pair, group.Select((s, n) => new RowCell(part(s) ?? new Spacer(0), n * 2)).ToList());

            var parts = new List<Element>();
            if (group.Any(s => s.SigningFor is not null))
            {
                parts.Add(Across(s => s.SigningFor));
            }
            parts.Add(new Spacer(signingSpace));
            parts.Add(Across(SigningLine));
            parts.Add(Across(Details));
            blocks.Add(new Column(parts));
        }
        return new Column(blocks, spacing: 18);
    }

    private static Element SigningLine(Signatory signatory)
    {
        ColumnWidth[] byLine = [ColumnWidth.Points(24), ColumnWidth.Share()];
        // The line sits on the "By:" baseline, so it is pushed down by most of a line of text.
        return new Row(byLine, [new RowCell(signatory.ByLabel, 0), new RowCell(new Padding(new Rule(0.6f, _lineColor), 10, 0, 0, 0), 1)]);
    }

    private static Element Details(Signatory signatory)
    {
        var lines = new List<Element>();
        if (signatory.Name is not null) lines.Add(signatory.Name);
        if (signatory.Title is not null) lines.Add(signatory.Title);
        return new Padding(new Column(lines), 3, 0, 0, 24);
    }
}
