namespace Reporting.Documents.Layout;

/// <summary>An element's answer to "what would you draw in this space?".</summary>
public enum SpacePlanKind
{
    /// <summary>Nothing left to draw: takes no space.</summary>
    Empty,

    /// <summary>Not even a first part fits: move to the next page.</summary>
    Wrap,

    /// <summary>Part fits; the rest continues on the next page.</summary>
    PartialRender,

    /// <summary>Everything left fits.</summary>
    FullRender,
}
