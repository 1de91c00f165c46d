namespace Reporting.Cap;

/// <summary>Where a Calculation Period's payment stands on the as-of date.</summary>
public enum CapPeriodStatus
{
    /// <summary>The amount is known and its Payment Date is before the as-of date.</summary>
    Paid,

    /// <summary>The amount is known and its Payment Date is on or after the as-of date.</summary>
    Due,

    /// <summary>The fixing date is after the as-of date: the rate is not yet known.</summary>
    Pending,

    /// <summary>The fixing date has passed but no rate was published for it: an exception, never a zero.</summary>
    MissingFixing,
}

/// <summary>The status names of CLI.md: <c>paid</c>, <c>due</c>, <c>pending</c>, <c>missing-fixing</c>.</summary>
public static class CapPeriodStatusNames
{
    public static string Name(this CapPeriodStatus status) => status switch
    {
        CapPeriodStatus.Paid => "paid",
        CapPeriodStatus.Due => "due",
        CapPeriodStatus.Pending => "pending",
        CapPeriodStatus.MissingFixing => "missing-fixing",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
