using NodaTime;

namespace Reporting.Ratings;

/// <summary>
/// Every rating action of a deal, in date order, answering "what were the ratings on day D".
/// A later action for the same entity, agency and term replaces the earlier one from its
/// effective date on.
/// </summary>
public sealed class RatingsHistory
{
    private readonly IReadOnlyList<RatingAction> _actions;

    public RatingsHistory(IEnumerable<RatingAction> actions) =>
        _actions = actions.OrderBy(a => a.EffectiveDate).ThenBy(a => a.Line).ToArray();

    public static RatingsHistory Empty { get; } = new(Array.Empty<RatingAction>());

    public IReadOnlyList<RatingAction> Actions => _actions;

    /// <summary>The first effective date of any action for the entity, or null when it was never rated.</summary>
    public LocalDate? FirstDate(string entity) =>
        _actions.Where(a => IsEntity(a, entity)).Select(a => (LocalDate?)a.EffectiveDate).FirstOrDefault();

    public RatingsSnapshot On(string entity, LocalDate date)
    {
        var current = new Dictionary<RatingScale, RatingAction>();
        foreach (var action in _actions)
        {
            if (action.EffectiveDate > date) break;
            if (IsEntity(action, entity)) current[action.Rating.Scale] = action;
        }
        return new RatingsSnapshot(entity, date, current);
    }

    /// <summary>The dates on which the entity's ratings change, in order, without repeats.</summary>
    public IReadOnlyList<LocalDate> ChangeDates(string entity) =>
        _actions.Where(a => IsEntity(a, entity)).Select(a => a.EffectiveDate).Distinct().ToArray();

    private static bool IsEntity(RatingAction action, string entity) =>
        string.Equals(action.Entity, entity, StringComparison.OrdinalIgnoreCase);
}
