using NodaTime;

namespace Reporting.Loans;

/// <summary>
/// How a loan's delinquency is counted (<c>optional_purchase.delinquency_method</c>): in
/// calendar days from the oldest unpaid due date, or in whole missed payments under the
/// Mortgage Bankers Association (MBA) or the Office of Thrift Supervision (OTS) method, where
/// each missed payment counts as 30 days. Pooling agreements of 2005–2008 define the two month
/// methods in their definitions article; docs/contract-terms.md gives the wording and its source.
/// </summary>
public sealed class DelinquencyMethod
{
    public const string DaysName = "days";
    public const string MbaName = "mba";
    public const string OtsName = "ots";

    /// <summary>Days of delinquency one missed payment counts for under the month methods.</summary>
    public const int DaysPerMonth = 30;

    // For a month method: the day on which the loan is one more payment behind, given the due
    // date that follows the oldest unpaid one (its "next due date" after the missed payment).
    private readonly Func<LocalDate, LocalDate>? _behindFrom;

    private DelinquencyMethod(string name, Func<LocalDate, LocalDate>? behindFrom)
    {
        Name = name;
        _behindFrom = behindFrom;
    }

    public string Name { get; }

    /// <summary>True for the MBA and OTS methods, which count whole missed payments.</summary>
    public bool CountsMonths => _behindFrom is not null;

    /// <summary>Calendar days from the oldest unpaid due date (DOMAIN.md §5).</summary>
    public static DelinquencyMethod Days { get; } = new(DaysName, null);

    /// <summary>
    /// MBA: a payment not made by the close of business on the day before the following due date
    /// makes the loan 30 days delinquent (a payment due 1 August, unpaid at the close of 31 August).
    /// </summary>
    public static DelinquencyMethod Mba { get; } = new(MbaName, followingDue => followingDue.PlusDays(-1));

    /// <summary>
    /// OTS: a payment not made by the close of business on the following due date makes the loan
    /// 30 days delinquent (a payment due 1 July, unpaid at the close of 1 August).
    /// </summary>
    public static DelinquencyMethod Ots { get; } = new(OtsName, followingDue => followingDue);

    public static IReadOnlyList<DelinquencyMethod> All { get; } = new[] { Days, Mba, Ots };

    public static DelinquencyMethod Named(string name) => All.First(m => m.Name == name);

    /// <summary>
    /// How many days delinquent a loan whose oldest unpaid due date is <paramref name="oldestUnpaidDue"/>
    /// is at the close of business on <paramref name="on"/>: calendar days, or 30 for each missed
    /// payment under a month method; 0 when current.
    /// </summary>
    public int DaysDelinquent(LocalDate oldestUnpaidDue, LocalDate on)
    {
        if (_behindFrom is null) return oldestUnpaidDue < on ? Period.DaysBetween(oldestUnpaidDue, on) : 0;
        // The nth due date after the oldest unpaid one, counted from it (never from a clamped
        // month end: due on the 31st, the next ones are 30 April, 31 May, ...).
        int months = 0;
        while (_behindFrom(oldestUnpaidDue.PlusMonths(months + 1)) <= on) months++;
        return months * DaysPerMonth;
    }

    /// <summary>
    /// The day the loan became delinquent by <paramref name="thresholdDays"/> (a multiple of 30
    /// for a month method) if it stays unpaid from <paramref name="oldestUnpaidDue"/>.
    /// </summary>
    public LocalDate ReachedOn(LocalDate oldestUnpaidDue, int thresholdDays) =>
        _behindFrom is null
            ? oldestUnpaidDue.PlusDays(thresholdDays)
            : _behindFrom(oldestUnpaidDue.PlusMonths(thresholdDays / DaysPerMonth));

    public override string ToString() => Name;
}
