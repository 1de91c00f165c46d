namespace Reporting.Workbooks.Markup;

/// <summary>
/// Checks what the markup refers to across the whole workbook: table and defined names are unique,
/// and every formula points at something that exists.
/// </summary>
/// <remarks>
/// A reference to a cell the markup never wrote is reported, because in a generated workbook it is
/// almost always an off-by-one in the template rather than an intended blank. Write an empty
/// <c>&lt;cell/&gt;</c> to refer to a blank on purpose. A range is fine when it holds at least one cell.
/// </remarks>
internal static class ReferenceChecker
{
    public static void Check(WorkbookMarkup markup, MarkupReader reader)
    {
        var names = CheckUniqueNames(markup, reader);
        var cellsBySheet = markup.Sheets.ToDictionary(
            sheet => sheet.Name,
            sheet => sheet.Cells.Select(cell => cell.Address).ToHashSet(),
            StringComparer.OrdinalIgnoreCase);
        var tables = markup.Sheets.SelectMany(sheet => sheet.Tables).Select(table => table.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var sheet in markup.Sheets)
        {
            foreach (var cell in sheet.Cells.Where(cell => cell.Formula is not null))
            {
                foreach (var token in FormulaScanner.Scan(cell.Formula!))
                {
                    if (WhyTokenIsUnresolved(token, sheet.Name, cellsBySheet, names, tables) is { } problem)
                    {
                        reader.Error(cell.Location, $"formula in {cell.Address} ({MarkupReader.Shorten(cell.Formula!)}) {problem}");
                    }
                }
            }
        }
    }

    private static HashSet<string> CheckUniqueNames(WorkbookMarkup markup, MarkupReader reader)
    {
        // Excel keeps table names and defined names in one namespace, case-insensitively.
        var seen = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        var named = markup.Sheets.SelectMany(sheet => sheet.Tables).Select(table => (table.Name, table.Location))
            .Concat(markup.Names.Select(name => (name.Name, name.Location)));
        foreach (var (name, location) in named)
        {
            if (!seen.TryAdd(name, location))
            {
                reader.Error(location, $"the name '{name}' is already used at line {seen[name].Line}; tables and names must be unique");
            }
        }

        return markup.Names.Select(name => name.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static string? WhyTokenIsUnresolved(
        FormulaToken token,
        string currentSheet,
        Dictionary<string, HashSet<CellAddress>> cellsBySheet,
        HashSet<string> names,
        HashSet<string> tables)
    {
        var sheetName = token.SheetName ?? currentSheet;
        if (token.Kind is FormulaTokenKind.Reference or FormulaTokenKind.WholeLines or FormulaTokenKind.Name
            && !cellsBySheet.ContainsKey(sheetName))
        {
            return $"refers to sheet '{sheetName}', which does not exist";
        }

        switch (token.Kind)
        {
            case FormulaTokenKind.Reference:
                var cells = cellsBySheet[sheetName];
                if (token.Range.IsSingleCell && !cells.Contains(token.Range.First))
                {
                    return $"refers to {token.Range.First} on sheet '{sheetName}', where no cell is written";
                }

                if (!token.Range.IsSingleCell && !AnyCellIn(token.Range, cells))
                {
                    return $"refers to {token.Range} on sheet '{sheetName}', where no cell is written";
                }

                return null;
            case FormulaTokenKind.Name when !names.Contains(token.Text):
                return $"refers to '{token.Text}', which is neither a defined name nor a cell";
            case FormulaTokenKind.TableReference when !tables.Contains(token.Text):
                return $"refers to table '{token.Text}', which does not exist";
            default:
                return null;
        }
    }

    private static bool AnyCellIn(CellRange range, HashSet<CellAddress> cells)
    {
        long area = (long)(range.Last.Column - range.First.Column + 1) * (range.Last.Row - range.First.Row + 1);
        if (area > cells.Count)
        {
            return cells.Any(range.Contains);
        }

        for (var row = range.First.Row; row <= range.Last.Row; row++)
        {
            for (var column = range.First.Column; column <= range.Last.Column; column++)
            {
                if (cells.Contains(new CellAddress(column, row)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
