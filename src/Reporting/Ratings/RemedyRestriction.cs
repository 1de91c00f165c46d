namespace Reporting.Ratings;

/// <summary>
/// A narrowing of the remedies when a given clause triggered the event: a Ratings Event II of
/// type (a) is cured only by a transfer.
/// </summary>
/// <param name="Clause">The trigger clause label, e.g. <c>a</c>.</param>
/// <param name="Remedies">The only remedies allowed while that clause is among the triggers.</param>
public sealed record RemedyRestriction(string Clause, IReadOnlyList<string> Remedies);
