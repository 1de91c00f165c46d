using Reporting.Inputs;
using Reporting.Ledger;
using Reporting.RunFormat;
using Reporting.Tests.Ratings;

namespace Reporting.Tests.Ledger;

/// <summary>transfers.csv: every error of the file at once, with line, column and what was expected.</summary>
public sealed class TransfersCsvTests
{
    private (IReadOnlyList<Transfer> Transfers, string[] Errors) Read(string text)
    {
        var errors = new InputErrors();
        var transfers = TransfersCsv.Read(new StringReader(text), "transfers.csv", errors, RatingsFixture.BaseDeal.Parties, "JPMC", "Counterparty");
        return (transfers, errors.All.Select(e => e.ToString()).ToArray());
    }

    [Fact]
    public void Good_rows_load_with_their_line()
    {
        var (transfers, errors) = Read("""
            date,payer,receiver,kind,asset,amount,reference
            2007-08-28,JPMC,Counterparty,collateral-delivery,912828HA,2995500.00,2007-08-17
            2007-09-05,Counterparty,JPMC,collateral-return,CASH,1000.00,substitution
            """);
        Assert.Empty(errors);
        Assert.Equal(new Transfer(new NodaTime.LocalDate(2007, 9, 5), "Counterparty", "JPMC", "collateral-return", "cash", 1000m, "substitution", 3), transfers[1]);
    }

    [Fact]
    public void A_security_moved_may_be_described_on_its_row_and_cash_may_not()
    {
        var (transfers, errors) = Read("""
            date,payer,receiver,kind,asset,amount,reference,type,issuer,maturity_date
            2007-08-21,JPMC,Counterparty,collateral-delivery,912828GW,987000.00,2007-08-17,ust,US Treasury,2012-05-31
            2007-08-21,Counterparty,JPMC,collateral-return,cash,216000.00,substitution,,,
            2007-08-22,JPMC,Counterparty,collateral-delivery,cash,1000.00,,ust,,
            2007-08-23,JPMC,Counterparty,collateral-delivery,3133XHPD,1000.00,,,Federal Home Loan Mortgage Corporation,
            """);
        Assert.Equal(new SecurityDescription("ust", "US Treasury", new NodaTime.LocalDate(2012, 5, 31)), transfers[0].Security);
        Assert.Null(transfers[1].Security);
        Assert.Equal(2, errors.Length);
        Assert.StartsWith("transfers.csv:4:8: column type: only a security delivered or returned as collateral is described", errors[0]);
        Assert.StartsWith("transfers.csv:5:8: column type: a security described by its issuer or maturity needs its collateral type too", errors[1]);
    }

    [Fact]
    public void A_column_the_file_does_not_know_is_an_error_not_ignored()
    {
        // Every CSV input: a column that is not understood could carry a term (issue 13).
        var (_, errors) = Read("""
            date,payer,receiver,kind,asset,amount,reference,note
            2007-08-28,JPMC,Counterparty,collateral-delivery,912828HA,2995500.00,2007-08-17,a note
            """);
        Assert.StartsWith("transfers.csv:1:8: column note: 'note' is not a column of this file", Assert.Single(errors));
    }

    [Fact]
    public void Every_bad_value_is_reported_at_once()
    {
        var (_, errors) = Read("""
            date,payer,receiver,kind,asset,amount,reference
            2007-08-32,JPMC,Counterparty,collateral-delivery,cash,100.00,
            2007-08-28,JPMC,Counterparty,margin,cash,100.00,
            2007-08-28,Counterparty,JPMC,collateral-delivery,cash,100.00,
            2007-08-28,JPMC,Counterparty,cap-payment,cash,-5,
            2007-08-28,Acme,Counterparty,cap-payment,912828HA,5.00,3
            2007-08-28,JPMC,Counterparty,collateral-delivery,cash,1 000.00,2007-08-24
            """);
        Assert.Equal(new[]
        {
            "transfers.csv:2:1: column date: '2007-08-32' is not a date (expected yyyy-mm-dd)",
            "transfers.csv:3:4: column kind: 'margin' is not one of cap-payment, collateral-delivery, collateral-return, interest-amount, collateral-income, collateral-maturity",
            "transfers.csv:4:2: column payer: a collateral-delivery goes from JPMC to Counterparty under the Credit Support Annex (found Counterparty to JPMC)",
            "transfers.csv:5:6: column amount: '-5' is not above zero (a transfer moves a positive amount; the direction is payer to receiver)",
            "transfers.csv:5:7: column reference: '' is not a Calculation Period number or 'premium' (a cap payment says what it settles)",
            "transfers.csv:6:2: column payer: 'Acme' is not a party of this deal (expected one of JPMC, Counterparty, S&P, Moodys)",
            "transfers.csv:6:5: column asset: a cap-payment is paid in cash (expected 'cash', found '912828HA')",
            "transfers.csv:7:6: column amount: '1 000.00' is not a number (expected digits with '.' as decimal point, no thousands separators)",
        }, errors);
    }
}
