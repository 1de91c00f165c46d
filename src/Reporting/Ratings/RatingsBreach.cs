using NodaTime;

namespace Reporting.Ratings;

/// <summary>
/// A deadline of the ratings downgrade provisions that was missed: what was due, by when, and
/// the step taken too late, if any. Documents word it; the engine only states the facts.
/// </summary>
/// <param name="Deadline">The last day allowed.</param>
/// <param name="On">The day after the deadline: the day the failure (an Additional Termination Event) exists.</param>
/// <param name="LateStep">The day the step was taken after its deadline (a late notice), if it was.</param>
/// <param name="AllowedRemedies">For a missed remedy: the remedies that would have cured the event.</param>
/// <param name="RestrictedClauses">For an event of a restricted type: the labels of the clauses that restrict it, e.g. <c>a</c>.</param>
/// <param name="DemandDue">For missed collateral: the day the demand for Eligible Collateral was due.</param>
public sealed record RatingsBreach(
    RatingsBreachKind Kind,
    LocalDate Deadline,
    LocalDate On,
    LocalDate? LateStep,
    IReadOnlyList<string> AllowedRemedies,
    IReadOnlyList<string> RestrictedClauses,
    LocalDate? DemandDue)
{
    /// <summary>For a missed remedy: why a step that looks like a remedy did not count; null when none was taken.</summary>
    public RemedyShortfall? Shortfall { get; init; }
}

/// <summary>A remedial step that did not cure the event, and why.</summary>
/// <param name="Action">The step's action kind (a remedy code).</param>
/// <param name="StepOn">The day the step was taken.</param>
/// <param name="ConfirmedOn">The day the Rating Agency Condition was satisfied, if it was.</param>
public sealed record RemedyShortfall(RemedyShortfallKind Kind, string Action, LocalDate StepOn, LocalDate? ConfirmedOn);

/// <summary>Why a remedial step did not count.</summary>
public enum RemedyShortfallKind
{
    /// <summary>The step needs the Rating Agency Condition and none was satisfied.</summary>
    LacksConfirmation,
    /// <summary>The step (or its confirmation) came after the remedy deadline.</summary>
    TooLate,
    /// <summary>The step is not a remedy the event allows (an event of a restricted type).</summary>
    DoesNotCure,
}

/// <summary>Which deadline a <see cref="RatingsBreach"/> missed.</summary>
public enum RatingsBreachKind
{
    /// <summary>No notice of the event by its deadline (or after it, up to the report date).</summary>
    NoNotice,
    /// <summary>Notice given, but after its deadline.</summary>
    LateNotice,
    /// <summary>No remedy of those allowed in effect by the remedy deadline.</summary>
    NoRemedy,
    /// <summary>No remedy by its deadline, and no Eligible Collateral by the delivery deadline after the demand.</summary>
    NoCollateral,
}
