using Reporting.Collateral;

namespace Reporting.Tests.Collateral;

/// <summary>Minimum Transfer Amount USD 100,000 tested before rounding to USD 1,000 (Paragraph 13(b)(iv)(C),(D)).</summary>
public class TransferAmountTests
{
    [Theory]
    [InlineData(99_999.99, 0)]            // just under the MTA: nothing moves
    [InlineData(100_000.00, 100_000)]     // exactly the MTA, already a multiple
    [InlineData(100_000.01, 101_000)]     // Delivery rounds up
    [InlineData(0, 0)]
    [InlineData(-250_000, 0)]
    public void Delivery_amount(decimal shortfall, decimal expected) =>
        Assert.Equal(expected, CollateralEngine.RoundedTransfer(shortfall, 100_000m, 1_000m, up: true));

    [Theory]
    [InlineData(99_999.99, 0)]
    [InlineData(100_999.99, 100_000)]     // Return rounds down
    [InlineData(101_000.00, 101_000)]
    public void Return_amount(decimal excess, decimal expected) =>
        Assert.Equal(expected, CollateralEngine.RoundedTransfer(excess, 100_000m, 1_000m, up: false));
}
