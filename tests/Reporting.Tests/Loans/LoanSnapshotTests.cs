using static Reporting.Tests.Loans.LoanTestSupport;

namespace Reporting.Tests.Loans;

/// <summary>Days delinquent: calendar days from the oldest unpaid due date to the tape's report date.</summary>
public class LoanSnapshotTests
{
    [Theory]
    // 1 Jan -> 31 Mar 2007: 30 (Jan) + 28 (Feb) + 31 (Mar) = 89: one day short on a quarter's last day.
    [InlineData(2007, 1, 1, 2007, 3, 31, 89)]
    // The same in the leap year 2008: 30 + 29 + 31 = 90.
    [InlineData(2008, 1, 1, 2008, 3, 31, 90)]
    // 1 Mar -> 31 May 2006: 30 + 30 + 31 = 91.
    [InlineData(2006, 3, 1, 2006, 5, 31, 91)]
    // Due on the report date itself: not yet late.
    [InlineData(2007, 5, 1, 2007, 5, 1, 0)]
    // Due after the report date (current): 0.
    [InlineData(2007, 6, 1, 2007, 5, 31, 0)]
    public void Days_delinquent(int dy, int dm, int dd, int ry, int rm, int rd, int expected)
    {
        Assert.Equal(expected, Tape(D(ry, rm, rd), D(dy, dm, dd)).DaysDelinquent);
    }
}
