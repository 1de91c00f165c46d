using NodaTime;
using Reporting.Cycle;
using Reporting.Cycle.Models;
using Reporting.Cycle.Planning;
using static Reporting.Testing.Dates;
using Reporting.Testing;

namespace Reporting.Tests.Cycle;

/// <summary>The statement's optional-purchase section and the exceptions it raises.</summary>
public sealed class LoanStatementSourceTests : IDisposable
{
    private readonly TempDeal _deal = new("ramp-2006-rs3");

    private StatementParts Contribute(int year, int month)
    {
        var context = MonthlyCycle.Prepare(new RunRequest(_deal.Folder, new YearMonth(year, month), Repo.Path("templates"), Path.Combine(_deal.Folder, "out")));
        var empty = new StatementParts(null, null, null, null, new List<object>());
        return new LoanStatementSource().Contribute(context, empty);
    }

    [Fact]
    public void APurchaseAtThePurchasePriceRaisesNoException()
    {
        // RS3-S02 was bought on 2006-11-15 for 208,750.00, the Purchase Price the tape gives.
        var parts = Contribute(2006, 11);
        var purchase = Assert.Single(parts.Loans!.Purchases);
        Assert.Equal(("RS3-S02", D("2006-11-15"), 208_750.00m), (purchase.LoanId, purchase.PurchaseDate!.Value, purchase.PricePaid!.Value));
        Assert.Empty(parts.Exceptions);
    }

    [Fact]
    public void APriceThatDiffersFromThePurchasePriceIsAnException()
    {
        _deal.Replace("purchases.csv", "RS3-S02,2006-11-15,208750.00", "RS3-S02,2006-11-15,208700.00");
        var parts = Contribute(2006, 11);
        Assert.Equal(new PurchasePriceException("RS3-S02", D("2006-11-15"), 208_700.00m, 208_750.00m, -50.00m), Assert.Single(parts.Exceptions));
    }

    [Fact]
    public void APurchaseAfterItsWindowIsAnException()
    {
        // RS3-S04's window closed on 2007-06-28 (the second-to-last New York business day of Q2
        // 2007: 29 June is the last); it was bought on 29 June.
        var parts = Contribute(2007, 6);
        var outside = Assert.Single(parts.Exceptions.OfType<PurchaseOutsideTermsException>(), e => e.Loan.LoanId == "RS3-S04");
        Assert.Equal((D("2007-06-29"), "after-window", D("2007-04-02"), D("2007-06-28")),
            (outside.Loan.PurchaseDate!.Value, outside.Loan.Exception!.Kind, outside.Loan.WindowStart!.Value, outside.Loan.WindowEnd!.Value));
        Assert.StartsWith("Pooling and Servicing Agreement, Section 4.07", outside.Provision);
    }

    public void Dispose() => _deal.Dispose();
}
