namespace Reporting.Ratings;

/// <summary>Where a ratings event stands on the report date (DOMAIN.md §3).</summary>
public enum RatingsEventStatus
{
    /// <summary>Continuing, and no deadline missed yet.</summary>
    Pending,

    /// <summary>An allowed remedy was taken in time.</summary>
    Remedied,

    /// <summary>The ratings stopped triggering it before any deadline was missed.</summary>
    Cured,

    /// <summary>A deadline was missed: an Additional Termination Event.</summary>
    Breached,
}
