namespace Reporting.Documents.Layout;

/// <summary>A width and height in points (1/72 inch).</summary>
public readonly record struct Size(float Width, float Height)
{
    public static readonly Size Zero = new(0, 0);

    /// <summary>Tolerance for comparing float layouts: sums of widths drift by far less than this.</summary>
    public const float Epsilon = 0.01f;
}
