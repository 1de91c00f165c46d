using Reporting.Calendars;

namespace Reporting.Ratings;

/// <summary>
/// The ratings downgrade provisions of a derivative confirmation (Part III(2)(h),(i) of the
/// GMACM 2006-HE3 cap), as the <c>ratings_downgrade:</c> section of the terms file gives them.
/// </summary>
/// <param name="Provider">Party key of the party whose ratings are watched (the cap provider).</param>
/// <param name="Beneficiary">Party key of the party owed notice, remedies and collateral.</param>
/// <param name="LocalBusinessDays">The calendar of "Local Business Days".</param>
/// <param name="Agencies">The Rating Agencies the provisions name.</param>
/// <param name="RatingsFile">The rating history file; null when the terms say <c>ratings_file: none</c> (no history at all).</param>
/// <param name="AffectedParty">Who is the sole Affected Party of the Additional Termination Event a failure causes.</param>
public sealed record RatingsDowngradeTerms(
    string Provider,
    string Beneficiary,
    HolidayCalendar LocalBusinessDays,
    IReadOnlyList<RatingAgency> Agencies,
    IReadOnlyList<RatingsEventTerms> Events,
    string AffectedParty,
    string? RatingsFile,
    string ActionsFile);
