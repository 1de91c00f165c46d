using Reporting.Deals;

namespace Reporting.Ledger;

/// <summary>
/// The readings the ledger takes of the Credit Support Annex's transfer provisions. Their keys sit
/// under <c>collateral.</c> so they print wherever the collateral readings do.
/// </summary>
public static class LedgerReadings
{
    public const string CallMatching = "collateral.call-matching";
    public const string FailureToTransfer = "collateral.failure-to-transfer";
    public const string InterestPeriod = "collateral.interest-period";

    public static IReadOnlyList<InterpretationDefinition> All { get; } = new[]
    {
        new InterpretationDefinition(CallMatching, "1994 ISDA Credit Support Annex, Paragraphs 3 and 4(b)", "reference-at-value", new[]
        {
            new InterpretationOption("reference-at-value",
                "A collateral transfer answers the call whose Valuation Date it names. It counts at its Value on the day it moved: cash in full, a security at its market value then times the Valuation Percentage its type and remaining maturity earn that day, before any concentration limit. A call is met when that Value reaches the Delivery or Return Amount by the close of business on the day the transfer is due; a later Valuation Date does not cancel a shortfall."),
        }, Configurable: false),
        new InterpretationDefinition(FailureToTransfer, "1994 ISDA Credit Support Annex, Paragraph 7(i), and Section 5(a)(iii) of the Agreement", "grace-after-notice", new[]
        {
            new InterpretationOption("grace-after-notice",
                "A transfer not made in full when due is noticed on the Local Business Day after its due date. Where the Agreement lets Paragraph 7 apply, a failure that continues to the end of the second Local Business Day after the notice is an Event of Default from the next day until the missing Value arrives; while one of the Pledgor's continues, its Threshold is zero and no Interest Amount is owed to it."),
        }, Configurable: false),
        new InterpretationDefinition(InterestPeriod, "Annex A, Paragraph 13(h)", "scheduled-days", new[]
        {
            new InterpretationOption("scheduled-days",
                "Interest Periods run from one scheduled transfer day to the next, the first from the day cash was first posted. Cash earns from the day it arrives to the day before it leaves; the Interest Amount is the sum over the days of the cash held times the rate, divided by 360, to the cent. A rate of return actually achieved is the income recorded on the cash in the period divided by its cash-days, times 360, so the Interest Amount is that income."),
        }, Configurable: false),
    };
}
