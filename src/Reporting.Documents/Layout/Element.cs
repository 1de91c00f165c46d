using Reporting.Documents.Diagnostics;

namespace Reporting.Documents.Layout;

/// <summary>
/// A piece of a page. The protocol (QuestPDF's): <see cref="Measure"/> says, without side effects,
/// what would be drawn in the space offered; <see cref="Draw"/> draws exactly that, given the same
/// space, and advances the element's cursor so the rest goes on the next page. <see cref="ResetState"/>
/// rewinds the cursor for another pass.
/// </summary>
public abstract class Element
{
    private LayoutEnvironment? _environment;

    /// <summary>The markup this element came from, for error messages.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Do not end a page with this element (a heading): move it on with what follows.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>
    /// Do not start a page with this element (a signature block): bring the end of the block before it
    /// along, so it never stands alone on a page.
    /// </summary>
    public bool KeepWithPrevious { get; init; }

    public virtual IEnumerable<Element> Children => [];

    protected IDrawingCanvas Canvas => Environment.Canvas;

    protected PageContext Page => Environment.Page;

    internal LayoutEnvironment Environment =>
        _environment ?? throw new InvalidOperationException("The element has not been attached to a layout pass.");

    /// <summary>The child holding up layout, if any: where "cannot fit" errors point.</summary>
    internal virtual Element? PendingChild => null;

    public abstract SpacePlan Measure(Size available);

    public abstract void Draw(Size available);

    public virtual void ResetState()
    {
        // Indexed, not foreach: this runs over the whole tree every pass, and an enumerator per element adds up.
        if (Children is IReadOnlyList<Element> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                list[i].ResetState();
            }
            return;
        }
        foreach (var child in Children)
        {
            child.ResetState();
        }
    }

    internal void Attach(LayoutEnvironment environment)
    {
        _environment = environment;
        if (Children is IReadOnlyList<Element> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                list[i].Attach(environment);
            }
            return;
        }
        foreach (var child in Children)
        {
            child.Attach(environment);
        }
    }

    /// <summary>Draws <paramref name="child"/> with its origin moved by (<paramref name="x"/>, <paramref name="y"/>).</summary>
    protected void DrawAt(Element child, float x, float y, Size available)
    {
        Canvas.Translate(x, y);
        child.Draw(available);
        Canvas.Translate(-x, -y);
    }
}
