namespace Reporting.Documents.Layout.Elements;

public enum TableRowKind
{
    /// <summary>Repeated at the top of the table on every page it spans.</summary>
    Header,
    Body,

    /// <summary>A sum or subtotal: set off by a rule above and drawn bold.</summary>
    Total,
}
