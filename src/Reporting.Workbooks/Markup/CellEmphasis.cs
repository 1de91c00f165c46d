namespace Reporting.Workbooks.Markup;

/// <summary>How a cell stands out from the body of a sheet; named by the <c>style</c> attribute.</summary>
public enum CellEmphasis
{
    /// <summary><c>style="normal"</c>: regular text.</summary>
    Normal,

    /// <summary><c>style="bold"</c>: bold text.</summary>
    Bold,

    /// <summary><c>style="header"</c>: bold text over a thin bottom border.</summary>
    Header,

    /// <summary><c>style="total"</c>: bold text under a thin top border.</summary>
    Total,
}
