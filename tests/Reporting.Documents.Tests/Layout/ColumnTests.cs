using Reporting.Documents.Layout;
using Reporting.Documents.Layout.Elements;
using Reporting.Documents.Tests.Support;

namespace Reporting.Documents.Tests.Layout;

public class ColumnTests
{
    [Fact]
    public void Each_child_is_offered_the_height_left_by_those_above_it()
    {
        var first = new FakeElement("a", lines: 3);
        var second = new FakeElement("b", lines: 2);
        var column = new Column([first, second], spacing: 5);
        Harness.Attach(column);

        var plan = column.Measure(new Size(200, 100));

        Assert.Equal(SpacePlan.Full(200, 55), plan);
        Assert.Equal(new Size(200, 100), first.MeasureCalls.Single());
        Assert.Equal(new Size(200, 65), second.MeasureCalls.Single());
    }

    [Fact]
    public void A_child_that_only_partly_fits_makes_a_partial_render_and_continues_on_the_next_page()
    {
        var first = new FakeElement("a", lines: 3);
        var second = new FakeElement("b", lines: 10);
        var column = new Column([first, second]);
        var (_, page) = Harness.Attach(column);

        Assert.Equal(SpacePlan.Partial(200, 100), column.Measure(new Size(200, 100)));
        column.Draw(new Size(200, 100));
        page.PageNumber = 2;
        Assert.Equal(SpacePlan.Full(200, 30), column.Measure(new Size(200, 100)));
        column.Draw(new Size(200, 100));

        Assert.Equal([(1, 0, 3)], first.Draws);
        Assert.Equal([(1, 0, 7), (2, 7, 3)], second.Draws);
        Assert.Equal(SpacePlan.Empty, column.Measure(new Size(200, 100)));
    }

    [Fact]
    public void Nothing_fitting_is_a_wrap()
    {
        var column = new Column([new FakeElement("a", lines: 1, lineHeight: 50)]);
        Harness.Attach(column);

        Assert.Equal(SpacePlan.Wrap, column.Measure(new Size(200, 40)));
    }

    [Fact]
    public void A_keep_with_next_child_does_not_end_a_page()
    {
        var intro = new FakeElement("intro", lines: 5);
        var heading = new Padding(new FakeElement("heading", lines: 1), 0, 0, 0, 0) { KeepWithNext = true };
        var table = new FakeElement("table", lines: 4, splittable: false);
        var column = new Column([intro, heading, table]);
        Harness.Attach(column);

        var plan = column.Measure(new Size(200, 80));

        // intro (50) + heading (10) would fit, but the table after the heading does not: the heading moves on.
        Assert.Equal(SpacePlan.Partial(200, 50), plan);
    }

    [Fact]
    public void Keep_together_turns_a_partial_render_into_a_wrap()
    {
        var inner = new FakeElement("block", lines: 10);
        var keep = new KeepTogether(inner);
        Harness.Attach(keep);

        Assert.Equal(SpacePlanKind.PartialRender, inner.Measure(new Size(200, 50)).Kind);
        Assert.Equal(SpacePlan.Wrap, keep.Measure(new Size(200, 50)));
        Assert.Equal(SpacePlan.Full(200, 100), keep.Measure(new Size(200, 100)));
    }

    [Fact]
    public void A_page_break_ends_the_page_once()
    {
        var before = new FakeElement("before", lines: 1);
        var after = new FakeElement("after", lines: 1);
        var column = new Column([before, new PageBreak(), after]);
        Harness.Attach(column);

        Assert.Equal(SpacePlan.Partial(200, 10), column.Measure(new Size(200, 500)));
        column.Draw(new Size(200, 500));
        Assert.Equal(SpacePlan.Full(200, 10), column.Measure(new Size(200, 500)));
    }

    [Fact]
    public void Padding_takes_its_space_from_what_the_child_is_offered()
    {
        var child = new FakeElement("a", lines: 2);
        var padding = new Padding(child, 5, 10, 15, 20);
        Harness.Attach(padding);

        Assert.Equal(SpacePlan.Full(200, 40), padding.Measure(new Size(200, 100)));
        Assert.Equal(new Size(170, 80), child.MeasureCalls.Single());
    }
}
