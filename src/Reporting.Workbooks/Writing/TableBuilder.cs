using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Workbooks.Markup;

namespace Reporting.Workbooks.Writing;

/// <summary>Builds the table definition (ListObject) for one <see cref="TableMarkup"/>.</summary>
internal static class TableBuilder
{
    private const string StyleName = "TableStyleMedium2";

    /// <param name="id">Unique across the workbook, as Excel requires.</param>
    public static Table Build(TableMarkup markup, uint id)
    {
        var reference = markup.Range.ToString();
        var table = new Table
        {
            Id = id,
            Name = markup.Name,
            DisplayName = markup.Name,
            Reference = reference,
            HeaderRowCount = markup.HasHeaderRow ? null : 0u,
            TotalsRowShown = false,
        };

        // A filter needs header cells to hang its buttons on.
        if (markup.HasHeaderRow)
        {
            table.Append(new AutoFilter { Reference = reference });
        }

        table.Append(
            new TableColumns(markup.ColumnNames.Select((name, i) => new TableColumn { Id = (uint)(i + 1), Name = name }))
            {
                Count = (uint)markup.ColumnNames.Count,
            },
            new TableStyleInfo
            {
                Name = StyleName,
                ShowFirstColumn = false,
                ShowLastColumn = false,
                ShowRowStripes = true,
                ShowColumnStripes = false,
            });
        return table;
    }
}
