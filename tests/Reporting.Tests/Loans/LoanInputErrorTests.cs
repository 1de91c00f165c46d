using Reporting.Deals;
using Reporting.Inputs;
using Reporting.Loans;
using Reporting.RunFormat;
using static Reporting.Tests.Loans.LoanTestSupport;
using Reporting.Testing;

namespace Reporting.Tests.Loans;

/// <summary>Bad loan tapes, purchases and terms: every error of the files at once, located to line and column.</summary>
public class LoanInputErrorTests
{
    private const string Header = "report_date,loan_id,upb,next_due_date,note_rate_percent,servicing_fee_percent\n";

    private static IReadOnlyList<string> ErrorsOf(TempDeal deal)
    {
        var exception = Assert.Throws<InputException>(() =>
            OptionalPurchaseEngine.Evaluate(LoanInputs.Load(DealLoader.LoadTerms(deal.Folder)), D(2007, 12, 31)));
        return exception.Errors.Select(e => e.ToString()).ToArray();
    }

    [Fact]
    public void Every_error_of_both_files_is_reported_with_file_line_and_column()
    {
        using var deal = new TempDeal()
            .Write("loans.csv", Header +
                "2007-01-31,L1,100000.00,2007-01-01,8.000,0.500\n" +   // 2: fine
                "2007-13-31,L2,1 000,2007-01-01,8.000,0.500\n" +       // 3: bad date, bad number
                "2007-01-31,L1,100000.00,2007-01-01,8.000,0.500\n" +   // 4: duplicate of line 2
                "2006-12-31,L1,100000.00,2006-12-01,8.000,0.500\n" +   // 5: out of order
                "2007-01-31,L3,100000.00,2007-01-01,150,0.500\n" +     // 6: a rate of 150%
                "2007-01-31,L4,100000.00,2007-01-01,0.25,0.5\n" +      // 7: fee above the note rate
                "2007-01-31,,100000.00,2007-01-01,8,-0.5\n" +          // 8: no loan id, negative fee
                "2150-01-31,L5,100000.00,2007-01-01,8,0.5\n" +         // 9: out of the calendars' years
                "2007-01-31,L6,100000.00,0001-01-01,8,0.5\n")          // 10: so is year 1
            .Write("purchases.csv", "loan_id,purchase_date,price\n" +
                "L1,2007-02-15,101000.00\n" +                           // 2: fine
                "L9,2007-02-15,5.00\n" +                                // 3: no such loan on the tapes
                "L1,2007-03-01,100.00\n" +                              // 4: L1 again
                "L3,15/02/2007,0\n" +                                   // 5: not an ISO date
                "L4,2007-02-15,-3\n");                                  // 6: not a positive price

        Assert.Equal(new[]
        {
            "purchases.csv:4:1: column loan_id: loan L1 was already purchased at line 2 (a loan can be purchased once)",
            "purchases.csv:5:2: column purchase_date: '15/02/2007' is not a date (expected yyyy-mm-dd)",
            "purchases.csv:6:3: column price: '-3' is not a positive amount (expected the price paid in USD)",
            "loans.csv:3:1: column report_date: '2007-13-31' is not a date (expected yyyy-mm-dd)",
            "loans.csv:3:3: column upb: '1 000' is not a number (expected digits with '.' as decimal point, no thousands separators)",
            "loans.csv:4:1: column report_date: loan L1 already has a row for report date 2007-01-31 (line 2)",
            "loans.csv:5:1: column report_date: 2006-12-31 is before 2007-01-31, the report date of loan L1 at line 2 (each loan's rows must be in report-date order)",
            "loans.csv:6:5: column note_rate_percent: '150' is out of range (expected a percentage from 0 to 100, e.g. 7.25 for 7.25%)",
            "loans.csv:7:6: column servicing_fee_percent: '0.5' is above note_rate_percent '0.25' (the net mortgage rate would be negative)",
            "loans.csv:8:2: column loan_id: a value is required",
            "loans.csv:8:6: column servicing_fee_percent: '-0.5' is negative (expected zero or more)",
            "loans.csv:9:1: column report_date: '2150-01-31' is outside the years 1951-2098 (the years the business-day calendars cover)",
            "loans.csv:10:4: column next_due_date: '0001-01-01' is outside the years 1951-2098 (the years the business-day calendars cover)",
            "purchases.csv:3:1: column loan_id: loan L9 is not in loans.csv (a purchase must be of a loan on the tapes)",
        }, ErrorsOf(deal));
    }

    [Fact]
    public void A_missing_column_is_reported_against_the_header_with_columns_in_any_order()
    {
        using var deal = new TempDeal()
            .Write("loans.csv", "loan_id,report_date,upb,note_rate_percent,servicing_fee_percent\nL1,2007-01-31,1,8,0.5\n")
            .Write("purchases.csv", "loan_id,purchase_date,price\n");

        Assert.Equal(new[]
        {
            "loans.csv:1: column next_due_date: required column is missing (the header must name report_date,loan_id,upb,next_due_date,note_rate_percent,servicing_fee_percent; found loan_id,report_date,upb,note_rate_percent,servicing_fee_percent)",
        }, ErrorsOf(deal));
    }

    [Fact]
    public void Columns_in_another_order_are_read()
    {
        using var deal = new TempDeal()
            .Write("loans.csv", "loan_id,next_due_date,upb,report_date,servicing_fee_percent,note_rate_percent\n" +
                               "L1,2006-12-01,100000.00,2007-03-31,0.5,8\n")
            .Write("purchases.csv", "loan_id,purchase_date,price\n"); // only the header: no purchases

        var loan = OptionalPurchaseEngine.Evaluate(LoanInputs.Load(DealLoader.LoadTerms(deal.Folder)), D(2007, 4, 2)).Loans.Single();

        Assert.Equal(LoanPurchaseStatus.InWindow, loan.Status); // 120 days, crossed 1 Mar 2007, window from 2 Apr
        Assert.Equal(7.5m, loan.Tape!.Value.NetRatePercent);
    }

    [Fact]
    public void An_extra_column_is_an_error_not_ignored()
    {
        using var deal = new TempDeal()
            .Write("loans.csv", "loan_id,servicer,next_due_date,upb,report_date,servicing_fee_percent,note_rate_percent\n" +
                               "L1,ACME,2006-12-01,100000.00,2007-03-31,0.5,8\n")
            .Write("purchases.csv", "loan_id,purchase_date,price\n");

        Assert.Equal(new[]
        {
            "loans.csv:1:2: column servicer: 'servicer' is not a column of this file (expected report_date,loan_id,upb,next_due_date,note_rate_percent,servicing_fee_percent,advances,servicing_advances); a column that is not understood is not ignored",
        }, ErrorsOf(deal));
    }

    [Fact]
    public void A_deal_whose_tape_or_purchases_file_is_missing_is_bad_input_not_a_deal_without_loans()
    {
        // The terms name loans.csv and purchases.csv (by default): a missing file is never read as "no loans".
        using var deal = new TempDeal();
        Assert.Equal(new[]
        {
            "purchases.csv: the deal folder has no purchases.csv (optional_purchase.purchases_file in deal.yaml names it)",
            "loans.csv: the deal folder has no loans.csv (optional_purchase.loans_file in deal.yaml names it)",
        }, ErrorsOf(deal));
    }

    [Fact]
    public void A_tape_with_only_its_header_is_bad_input()
    {
        using var deal = new TempDeal().Write("loans.csv", Header).Write("purchases.csv", "loan_id,purchase_date,price\n");
        Assert.Equal(new[] { "loans.csv: has no loan rows (expected at least one loan's monthly row under the header)" }, ErrorsOf(deal));
    }

    [Fact]
    public void A_deal_without_the_section_is_bad_input()
    {
        using var deal = new TempDeal("""
            id: no-loans
            name: No loans
            parties:
              A:
                name: A
                role: trustee
            """);

        var exception = Assert.Throws<InputException>(() => OptionalPurchaseEngine.Evaluate(LoanInputs.Load(DealLoader.LoadTerms(deal.Folder)), D(2007, 4, 2)));

        Assert.Equal("deal.yaml: the deal has no optional_purchase section (the terms of the Master Servicer's optional purchase of defaulted loans)",
            exception.Errors.Single().ToString());
    }

    [Fact]
    public void Bad_terms_are_reported_at_their_keys()
    {
        using var deal = new TempDeal("""
            id: bad-terms
            name: Bad terms
            parties:
              MasterServicer:
                name: M
                role: master-servicer
            optional_purchase:
              purchaser: Servicer
              business_day_calendar: USNY+XXXX
              delinquency_threshold_days: 0
              window_opens_on_business_day: 1
              window_closes_on_business_day_from_end: 30
              cure: brought-current
            interpretations:
              loans.cure: when-paid
              loans.off-tape: eligible
            """);

        var exception = Assert.Throws<InputException>(() => DealLoader.LoadTerms(deal.Folder));

        Assert.Equal(new[]
        {
            "deal.yaml:9:26: optional_purchase.business_day_calendar: 'USNY+XXXX' is not a calendar (USNY, GBLO, US-NY, US-MD, US-MA, US-MN, US-CO, US-CA, US-IL, US-PA, US-TX, US-DE, US-NJ or a union such as USNY+GBLO)",
            "deal.yaml:13:3: optional_purchase.cure: unknown key in optional_purchase",
            "deal.yaml:8:14: optional_purchase.purchaser: 'Servicer' is not a party of this deal (parties: MasterServicer)",
            "deal.yaml:10:31: optional_purchase.delinquency_threshold_days: '0' is out of range (expected days from 1 to 3650, e.g. 90)",
            "deal.yaml:12:43: optional_purchase.window_closes_on_business_day_from_end: '30' is out of range (expected 1 to 20; 2 for the second-to-last Business Day)",
            "deal.yaml:15:15: interpretations.loans.cure: 'when-paid' is not one of brought-current, below-threshold",
            "deal.yaml:16:19: interpretations.loans.off-tape: 'eligible' is not one of not-eligible",
        }, exception.Errors.Select(e => e.ToString()));
    }
}
