using Reporting.Deals;
using Reporting.Loans;
using Reporting.RunFormat;
using static Reporting.Tests.Loans.LoanTestSupport;

namespace Reporting.Tests.Loans;

/// <summary>Located errors for the optional-purchase variants: purchasers, methods, windows, advances.</summary>
public sealed class PurchaseVariantInputErrorTests
{
    private const string TwoPurchasers = """
        id: test-loans
        name: Test loans deal
        scenario: synthetic
        parties:
          Depositor: {name: D, role: depositor}
          Servicer: {name: S, role: servicer}
        optional_purchase:
          purchasers:
            - {party: Depositor, exclusive_days: 10}
            - {party: Servicer}
          window: any-time
          price_adds: [servicing-advances]
        """;

    private const string Tape = "report_date,loan_id,upb,next_due_date,note_rate_percent,servicing_fee_percent,servicing_advances\n" +
                                "2007-03-31,L1,100000.00,2007-01-01,8,0.5,120.00\n";

    private static IReadOnlyList<string> LoadErrors(TempDeal deal) =>
        Assert.Throws<InputException>(() => LoanInputs.Load(DealLoader.LoadTerms(deal.Folder))).Errors.Select(e => e.ToString()).ToArray();

    [Fact]
    public void A_deal_with_several_purchasers_needs_the_purchaser_column()
    {
        using var deal = new TempDeal(TwoPurchasers).Write("loans.csv", Tape).Write("purchases.csv", "loan_id,purchase_date,price\nL1,2007-04-05,1.00\n");
        Assert.Equal(new[]
        {
            "purchases.csv:1: column purchaser: required column is missing (the deal names several purchasers, Depositor, Servicer: each purchase must say which of them made it)",
        }, LoadErrors(deal));
    }

    [Fact]
    public void A_purchaser_the_deal_does_not_name_is_located()
    {
        using var deal = new TempDeal(TwoPurchasers).Write("loans.csv", Tape)
            .Write("purchases.csv", "loan_id,purchase_date,price,purchaser\nL1,2007-04-05,1.00,NIMSInsurer\n");
        Assert.Equal(new[]
        {
            "purchases.csv:2:4: column purchaser: 'NIMSInsurer' is not a purchaser of this deal (expected one of Depositor, Servicer, as optional_purchase names them)",
        }, LoadErrors(deal));
    }

    [Fact]
    public void A_price_that_adds_servicing_advances_needs_them_on_the_tape()
    {
        using var deal = new TempDeal(TwoPurchasers)
            .Write("loans.csv", "report_date,loan_id,upb,next_due_date,note_rate_percent,servicing_fee_percent\n2007-03-31,L1,100000.00,2007-01-01,8,0.5\n")
            .Write("purchases.csv", "loan_id,purchase_date,price,purchaser\n");
        Assert.Equal(new[]
        {
            "loans.csv:1: column servicing_advances: required column is missing (the deal's Purchase Price adds unreimbursed Servicing Advances: optional_purchase.price_adds names them, so the tape must carry them)",
        }, LoadErrors(deal));
    }

    [Fact]
    public void Terms_errors_of_the_variants_are_located()
    {
        using var deal = new TempDeal("""
            id: test-loans
            name: Test loans deal
            scenario: synthetic
            parties:
              Depositor: {name: D, role: depositor}
            optional_purchase:
              purchasers:
                - {party: Depositor, exclusive_days: 10}
                - {party: Depositor, exclusive_days: 5}
              window: any-time
              window_opens_on_business_day: 1
              delinquency_method: mba
              delinquency_threshold_days: 151
              price_adds: [advances, escrow]
            """);
        var exception = Assert.Throws<InputException>(() => DealLoader.LoadTerms(deal.Folder));
        Assert.Equal(new[]
        {
            "deal.yaml:9:15: optional_purchase.purchasers[1].party: 'Depositor' is named twice among the purchasers (name each holder of the option once)",
            "deal.yaml:9:42: optional_purchase.purchasers[1].exclusive_days: only one purchaser can hold an exclusive period (another purchaser already has one)",
            "deal.yaml:13:31: optional_purchase.delinquency_threshold_days: '151' is not a whole number of missed payments (the MBA method counts 30 days for each; expected 30, 60, 90, ...)",
            "deal.yaml:11:33: optional_purchase.window_opens_on_business_day: has no effect when window is any-time (the loan may be purchased from the day it becomes delinquent by the threshold)",
            "deal.yaml:14:15: optional_purchase.price_adds: 'escrow' is not something the Purchase Price can add (expected advances or servicing-advances)",
        }, exception.Errors.Select(e => e.ToString()));
    }
}
