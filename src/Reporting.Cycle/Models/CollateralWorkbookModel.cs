using Reporting.Collateral;

namespace Reporting.Cycle.Models;

/// <summary>
/// The model of <c>workbooks/collateral-valuation.sbn</c>: a month's Valuation Dates under the
/// Credit Support Annex, one sheet each, with the engine's figures as the cached values of the
/// formulas that recompute them.
/// </summary>
public sealed record CollateralWorkbookModel(
    DocumentHeader Document,
    DealModel Deal,
    string Author,
    string SecuredParty,
    string Pledgor,
    string ValuationAgent,
    IReadOnlyList<ValuationSheetModel> Sheets)
{
    /// <summary>The Transfers sheet; null when the deal keeps no transfers file.</summary>
    public WorkbookLedgerModel? Ledger { get; init; }
}

/// <summary>
/// One Valuation Date's sheet. Percentages are also given as fractions, worked out here in
/// decimal, because a percent cell stores the fraction and the template should not divide.
/// </summary>
/// <param name="SheetName">Unique in the workbook, at most 31 characters.</param>
/// <param name="FactorFraction">The Volatility Buffer Factor as a fraction: 3.25% is 0.0325.</param>
/// <param name="Holdings">The posted holdings, in the order of collateral.csv.</param>
/// <param name="LimitExclusions">Value the concentration limits exclude (line 9); ineligible holdings are not here, they count as zero in line 8.</param>
public sealed record ValuationSheetModel(
    string SheetName,
    ValuationModel Valuation,
    decimal FactorFraction,
    IReadOnlyList<WorkbookHoldingModel> Holdings,
    IReadOnlyList<ExclusionModel> LimitExclusions)
{
    /// <summary>The spreadsheet column of each agency in the per-agency block (C, D, ...); null (absent from results.json) for the single-amount annex.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AgencyColumns { get; init; }

    /// <summary>The column of the governing agency (the first while the amounts are unknown); null (absent) for the single-amount annex.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? GoverningColumn { get; init; }

    public static ValuationSheetModel From(CollateralValuation valuation, CreditSupportAnnexTerms terms)
    {
        var model = ValuationModel.From(valuation, terms);
        var columns = valuation.Agencies.Select((_, i) => ((char)('C' + i)).ToString()).ToArray();
        var governing = valuation.Agencies.Select((a, i) => (a, i)).FirstOrDefault(x => x.a.Id == valuation.GoverningAgency).i;
        return new ValuationSheetModel(
            $"VD {valuation.ValuationDate:yyyy-MM-dd}",
            model,
            model.FactorPercent / 100m,
            model.Holdings.Select(WorkbookHoldingModel.From).ToArray(),
            model.Excluded.Where(e => e.Rule != CollateralExclusion.Ineligible).ToArray())
        {
            AgencyColumns = columns.Length == 0 ? null : columns,
            GoverningColumn = columns.Length == 0 ? null : columns[governing],
        };
    }
}

/// <summary>A posted holding as a row of the holdings table.</summary>
/// <param name="ValuationFraction">The Valuation Percentage as a fraction (79.2% is 0.792); null when ineligible.</param>
public sealed record WorkbookHoldingModel(HoldingModel Holding, decimal? ValuationFraction)
{
    public static WorkbookHoldingModel From(HoldingModel holding) =>
        new(holding, holding.ValuationPercent is decimal p ? p / 100m : null);
}
