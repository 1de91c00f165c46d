using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using NodaTime;
using Reporting.Cycle;
using Reporting.Cycle.Planning;
using Reporting.Tests.Support;
using Reporting.Workbooks.Reading;

namespace Reporting.Tests.Cycle;

/// <summary>
/// The collateral valuation workbook of August 2007 in the downgrade scenario, rendered from the
/// real template and read back: its sheets, the formulas of the working and their cached values.
/// </summary>
public sealed class CollateralWorkbookTests
{
    // Fixed rows of a Valuation Date sheet (see the template's header comment): working line n is
    // row 16 + n in column C, so line 7 (Credit Support Amount) is C23, line 10 (Value of Posted
    // Collateral) C26 and line 14 (Delivery Amount) C30.
    private const string CreditSupportCell = "C23";
    private const string PostedValueCell = "C26";
    private const string DeliveryCell = "C30";

    private static readonly string DealFolder = Repo.Deal("gmacm-2006-he3-downgrade");
    private static readonly string TemplatesFolder = Repo.Path("templates");

    [Fact]
    public void One_workbook_is_planned_for_the_month_dated_its_last_Valuation_Date_and_addressed_to_the_Secured_Party()
    {
        var planned = Plan();

        Assert.Equal("collateral-valuation", planned.Kind);
        Assert.Equal("workbooks/collateral-valuation-2007-08.xlsx", planned.RelativePath);
        // The Valuation Dates are the Fridays 3, 10, 17, 24 and 31 August 2007.
        Assert.Equal(new LocalDate(2007, 8, 31), planned.DocumentDate);
        var context = Load();
        var secured = context.Terms.FindParty(context.Collateral!.Terms.SecuredParty)!.Name;
        Assert.Equal(secured, planned.Addressee);
    }

    [Fact]
    public void The_workbook_has_a_summary_and_one_sheet_per_Valuation_Date()
    {
        var sheets = WorkbookSnapshot.ToCsvPerSheet(Render()).Select(s => s.SheetName).ToArray();

        Assert.Equal(
            new[] { "Summary", "VD 2007-08-03", "VD 2007-08-10", "VD 2007-08-17", "VD 2007-08-24", "VD 2007-08-31", "Transfers" },
            sheets);
    }

    [Fact]
    public void The_transfers_sheet_works_out_each_calls_shortfall_as_a_formula()
    {
        var bytes = Render();

        // The call of 17 August (8,948,000.00) was answered on 21 August with securities whose Value at
        // the Valuation Percentages that day is 2,935,590.00 (98% of 2,995,500) + 1,523,808.00 (79.2% of
        // 1,924,000) + 848,820.00 (86% of 987,000) + 2,136,010.00 (85.1% of 2,510,000) + 390,009.60
        // (97.6% of 399,600) + 394,416.00 (99% of 398,400) + 246,534.75 (99% of 249,025) = 8,475,188.35;
        // the other three papers count nothing (over 30 days, or a JPMC affiliate's). Short 472,811.65.
        Assert.Equal(("MAX(0,ROUND(C5-E5,2))", 472_811.65m), Cell(bytes, "Transfers", "G5"));
        // The call of 24 August (549,000.00) was never answered: short by all of it.
        Assert.Equal(("MAX(0,ROUND(C6-E6,2))", 549_000m), Cell(bytes, "Transfers", "G6"));
    }

    [Fact]
    public void The_delivery_of_17_August_is_a_formula_whose_cached_value_is_8_948_000()
    {
        var bytes = Render();

        // Line 4: Volatility Buffer = 3.25% × 277,867,052.54 = 9,030,679.20755 → 9,030,679.21.
        // Line 7: Credit Support Amount = max(0, Exposure 133,143.03) + 9,030,679.21 − Threshold 0
        //         = 9,163,822.24.
        // Line 10: Value of Posted Collateral = cash 216,000.00 at 100%.
        // Line 11: shortfall 9,163,822.24 − 216,000.00 = 8,947,822.24 ≥ MTA 100,000
        // Line 14: rounded up to a multiple of 1,000 → 8,948,000.00.
        var creditSupport = Cell(bytes, "VD 2007-08-17", CreditSupportCell);
        Assert.Equal(9_163_822.24m, creditSupport.Cached);
        var delivery = Cell(bytes, "VD 2007-08-17", DeliveryCell);
        Assert.StartsWith("IF(", delivery.Formula);
        Assert.Contains("CEILING(C27,C14)", delivery.Formula);
        Assert.Equal(8_948_000m, delivery.Cached);
        Assert.Equal(9_030_679.21m, Cell(bytes, "VD 2007-08-17", "C20").Cached);
    }

    [Fact]
    public void The_delivery_of_24_August_nets_the_eligible_collateral_after_the_limits()
    {
        var bytes = Render();

        // Credit Support Amount 9,163,822.24 a week earlier moves with the Exposure: 9,168,746.03.
        // Posted Value 8,620,078.56 (Treasuries, Agencies and commercial paper after Valuation
        // Percentages; the affiliate's and the 46-day paper count as zero).
        // Shortfall 9,168,746.03 − 8,620,078.56 = 548,667.47 ≥ MTA 100,000 → rounded up to 549,000.00.
        Assert.Equal(9_168_746.03m, Cell(bytes, "VD 2007-08-24", CreditSupportCell).Cached);
        Assert.Equal(8_620_078.56m, Cell(bytes, "VD 2007-08-24", PostedValueCell).Cached);
        var delivery = Cell(bytes, "VD 2007-08-24", DeliveryCell);
        Assert.False(string.IsNullOrEmpty(delivery.Formula));
        Assert.Equal(549_000m, delivery.Cached);
    }

    [Fact]
    public void The_holding_values_are_formulas_that_sum_into_line_8()
    {
        var csv = Sheet(Render(), "VD 2007-08-24");

        // Line 8 sums the Values of the eligible rows of the holdings table, which starts at row 35.
        Assert.Contains("=ROUND(SUMIF(I35:I44,TRUE,H35:H44),2)", csv);
        // The 30-year Treasury, 1,924,000.00 bid × 79.2% = 1,523,808.00, as a live formula.
        Assert.Contains("=ROUND(F36*G36,2)", csv);
    }

    [Fact]
    public void The_summary_reads_each_figure_from_the_Valuation_Date_sheet()
    {
        var bytes = Render();
        var csv = Sheet(bytes, "Summary");

        Assert.Contains("='VD 2007-08-17'!C30", csv);
        Assert.Contains("='VD 2007-08-24'!C23", csv);
        // Row 7 is the first Valuation Date (3 August); 17 August is row 9, column G its Delivery Amount.
        Assert.Equal(8_948_000m, Cell(bytes, "Summary", "G9").Cached);
    }

    [Fact]
    public void Without_an_internal_mark_the_working_is_left_blank_not_zero()
    {
        // exposures.csv starts on 2007-05-04: the Valuation Dates of April 2007 have no mark.
        var bytes = Render(new YearMonth(2007, 4));

        var mark = Cell(bytes, "VD 2007-04-27", "C5");
        Assert.Null(mark.Formula);
        Assert.Null(mark.Cached);
        var delivery = Cell(bytes, "VD 2007-04-27", DeliveryCell);
        Assert.StartsWith("IF(ISBLANK(C5),\"\",", delivery.Formula);
        Assert.Null(delivery.Cached);
        // The Summary's Exposure reads line 3 of the sheet, which yields "": no cached value either.
        var exposure = Cell(bytes, "Summary", "C10");
        Assert.Equal("'VD 2007-04-27'!C19", exposure.Formula);
        Assert.Null(exposure.Cached);
    }

    [Fact]
    public void An_infinite_Threshold_is_a_blank_amount_and_a_TRUE_flag_and_needs_no_Credit_Support()
    {
        // From 2008-02-12 the Pledgor's ratings clear every Threshold condition: Credit Support
        // Amount 0, so the posted 4,009,800.00 is all excess, returned rounded down: 4,009,000.00.
        var bytes = Render(new YearMonth(2008, 2));

        Assert.Null(Cell(bytes, "VD 2008-02-15", "C10").Cached);
        Assert.Equal(1m, Cell(bytes, "VD 2008-02-15", "C11").Cached);
        Assert.Equal(0m, Cell(bytes, "VD 2008-02-15", CreditSupportCell).Cached);
        Assert.Equal(4_009_000m, Cell(bytes, "VD 2008-02-15", "C31").Cached);
    }

    [Fact]
    public void The_workbook_passes_the_Open_XML_validator()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Render()), isEditable: false);
        var errors = new OpenXmlValidator().Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void Two_renders_give_the_same_bytes()
    {
        Assert.Equal(Render(), Render());
    }

    private static readonly YearMonth August2007 = new(2007, 8);

    // Nothing is written: the run folder is only part of the request.
    private static RunContext Load(YearMonth? month = null) =>
        MonthlyCycle.Prepare(new RunRequest(DealFolder, month ?? August2007, TemplatesFolder, Path.Combine(Path.GetTempPath(), "unused-run-folder")));

    private static PlannedOutput Plan(YearMonth? month = null) => Assert.Single(new CollateralWorkbookPlanner().Plan(Load(month)));

    private static byte[] Render(YearMonth? month = null)
    {
        using var renderer = new TemplateOutputRenderer(TemplatesFolder);
        return renderer.Render(Plan(month)).Bytes;
    }

    private static string Sheet(byte[] bytes, string name) =>
        WorkbookSnapshot.ToCsvPerSheet(bytes).Single(s => s.SheetName == name).Csv;

    /// <summary>A cell's formula text (without '=') and its cached value as stored in the file (a boolean as 1 or 0).</summary>
    private static (string? Formula, decimal? Cached) Cell(byte[] bytes, string sheetName, string reference)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name?.Value == sheetName);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet!;
        // A blank cell without a style is not written at all: it reads as no formula and no value.
        var cell = worksheet.Descendants<Cell>().SingleOrDefault(c => c.CellReference?.Value == reference);
        var text = cell?.CellValue?.Text;
        decimal? cached = text is null ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return (cell?.CellFormula?.Text, cached);
    }
}
