namespace Reporting.Workbooks.Markup;

/// <summary>What a <see cref="FormulaToken"/> refers to.</summary>
public enum FormulaTokenKind
{
    /// <summary>A cell or range such as <c>C2</c>, <c>$C$2:$C$9</c> or <c>'Inputs'!B5</c>.</summary>
    Reference,

    /// <summary>A whole-column or whole-row range such as <c>A:A</c> or <c>3:3</c>; always valid.</summary>
    WholeLines,

    /// <summary>A defined name such as <c>Exposure</c>.</summary>
    Name,

    /// <summary>A structured table reference such as <c>CapSchedule[Notional]</c>; <c>Text</c> is the table.</summary>
    TableReference,

    /// <summary>A function call such as <c>ROUND(</c>; <c>Text</c> is the function name.</summary>
    Function,
}

/// <summary>
/// A part of a formula that names something. <see cref="Start"/> and <see cref="Length"/> locate
/// <see cref="Text"/> in the formula so a writer can rewrite it in place.
/// </summary>
public sealed record FormulaToken(
    FormulaTokenKind Kind,
    string Text,
    int Start,
    int Length,
    string? SheetName = null,
    CellRange Range = default);
