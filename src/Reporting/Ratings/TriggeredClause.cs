using NodaTime;

namespace Reporting.Ratings;

/// <summary>A clause that held during an event occurrence: from when, and on which rating.</summary>
/// <param name="RatingSeen">The rating that made it hold on <paramref name="FirstHeld"/>, e.g. "Moody's long-term A2".</param>
public sealed record TriggeredClause(TriggerClause Clause, LocalDate FirstHeld, string RatingSeen)
{
    /// <summary>The rating that made the clause hold, as facts (agency, term, grade, watch) for documents to word.</summary>
    public CreditRating? Seen { get; init; }
}
