using Reporting.Documents.Layout;
using Reporting.Documents.Layout.Elements;
using Reporting.Documents.Tests.Support;

namespace Reporting.Documents.Tests.Layout;

public class RowAndTableTests
{
    private static readonly ColumnWidth[] _grid = [ColumnWidth.Points(50), ColumnWidth.Share(1), ColumnWidth.Share(3)];

    [Fact]
    public void Row_gives_fixed_columns_their_width_and_shares_the_rest()
    {
        var a = new FakeElement("a", 1);
        var b = new FakeElement("b", 3);
        var c = new FakeElement("c", 2);
        var row = new Row(_grid, [new RowCell(a, 0), new RowCell(b, 1), new RowCell(c, 2)]);
        Harness.Attach(row);

        var plan = row.Measure(new Size(250, 100));

        Assert.Equal(SpacePlan.Full(250, 30), plan);
        Assert.Equal(50, a.MeasureCalls[0].Width);
        Assert.Equal(50, b.MeasureCalls[0].Width);
        Assert.Equal(150, c.MeasureCalls[0].Width);
    }

    [Fact]
    public void A_spanning_cell_gets_the_sum_of_its_columns()
    {
        var wide = new FakeElement("wide", 1);
        var row = new Row(_grid, [new RowCell(wide, 1, Span: 2)]);
        Harness.Attach(row);

        row.Measure(new Size(250, 100));

        Assert.Equal(200, wide.MeasureCalls[0].Width);
    }

    [Fact]
    public void Fixed_columns_wider_than_the_space_cannot_fit()
    {
        var row = new Row([ColumnWidth.Points(300)], [new RowCell(new FakeElement("a", 1), 0)]);
        Harness.Attach(row);

        Assert.Equal(SpacePlan.Wrap, row.Measure(new Size(250, 100)));
    }

    [Fact]
    public void Header_rows_repeat_on_every_page_and_body_rows_are_kept_whole()
    {
        var header = Line("header", 1);
        var rows = Enumerable.Range(1, 5).Select(i => new TableRow(Line($"row{i}", 2), TableRowKind.Body)).ToList();
        var table = new Table([ColumnWidth.Share()], [new TableRow(header, TableRowKind.Header), .. rows], TableStyle.Lines);
        var (canvas, page) = Harness.Attach(table, bodyHeight: 55);

        // 55 points: header (10) + two rows (20 each) = 50; a third row would need 70.
        var pages = new List<List<string>>();
        for (var number = 1; number <= 3; number++)
        {
            page.PageNumber = number;
            var plan = table.Measure(new Size(100, 55));
            Assert.True(plan.Draws);
            canvas.Texts.Clear();
            table.Draw(new Size(100, 55));
            pages.Add(canvas.Texts.Select(t => t.Text).ToList());
        }

        Assert.Equal(["header", "row1", "row2"], pages[0]);
        Assert.Equal(["header", "row3", "row4"], pages[1]);
        Assert.Equal(["header", "row5"], pages[2]);
        Assert.Equal(SpacePlan.Empty, table.Measure(new Size(100, 55)));
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split()
    {
        var tall = new TableRow(Line("tall", 8), TableRowKind.Body);
        var table = new Table([ColumnWidth.Share()], [new TableRow(Line("header", 1), TableRowKind.Header), tall], TableStyle.Lines);
        Harness.Attach(table, bodyHeight: 50);

        Assert.Equal(SpacePlan.Partial(100, 50), table.Measure(new Size(100, 50)));
    }

    [Fact]
    public void A_header_is_never_left_alone_at_the_foot_of_a_page()
    {
        var table = new Table([ColumnWidth.Share()],
            [new TableRow(Line("header", 1), TableRowKind.Header), new TableRow(Line("row", 2), TableRowKind.Body)], TableStyle.Lines);
        Harness.Attach(table, bodyHeight: 500);

        Assert.Equal(SpacePlan.Wrap, table.Measure(new Size(100, 25)));
    }

    private static Row Line(string name, int lines) => new([ColumnWidth.Share()], [new RowCell(new FakeElement(name, lines), 0)]);
}
