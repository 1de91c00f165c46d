namespace Reporting.Documents.Layout;

/// <summary>The result of <see cref="Element.Measure"/>: what kind of fit, and the space it takes.</summary>
public readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height)
{
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0, 0);

    public static SpacePlan Wrap => new(SpacePlanKind.Wrap, 0, 0);

    public static SpacePlan Partial(float width, float height) => new(SpacePlanKind.PartialRender, width, height);

    public static SpacePlan Full(float width, float height) => new(SpacePlanKind.FullRender, width, height);

    public bool Draws => Kind is SpacePlanKind.PartialRender or SpacePlanKind.FullRender;

    public override string ToString() => Draws ? $"{Kind}({Width:0.##}x{Height:0.##})" : Kind.ToString();
}
