using NodaTime;

namespace Reporting.Ratings;

/// <summary>
/// A line of <c>actions.csv</c>: a step a party took under the ratings downgrade provisions.
/// </summary>
/// <param name="Action">One of <see cref="RatingsActionKinds.All"/>.</param>
/// <param name="Reference">Free text; when it names events ("Ratings Event II", "Ratings Events I and II")
/// the step answers only those events, otherwise any event continuing on its date.</param>
/// <param name="Events">The event ids the reference names; empty when it names none.</param>
public sealed record RatingsStep(LocalDate Date, string Entity, string Action, string Reference, IReadOnlyList<string> Events, int Line)
{
    public bool Answers(string eventId) =>
        Events.Count == 0 || Events.Any(e => string.Equals(e, eventId, StringComparison.OrdinalIgnoreCase));
}
