namespace Reporting.Ratings;

/// <summary>
/// One agency's ordered list of grades for one term, best first (DOMAIN.md §3). A grade's rank
/// is its position: a larger rank is a worse rating, so "below A1" is "rank greater than A1's".
/// </summary>
public sealed class RatingScale
{
    private readonly IReadOnlyList<string> _grades;

    internal RatingScale(RatingAgency agency, RatingTerm term, IReadOnlyList<string> grades)
    {
        Agency = agency;
        Term = term;
        _grades = grades;
        agency.AddScale(this);
    }

    public RatingAgency Agency { get; }

    public RatingTerm Term { get; }

    public IReadOnlyList<string> Grades => _grades;

    /// <summary>For messages: "a Moody's long-term rating".</summary>
    public string Description => $"a {Agency.DisplayName} {Term.Describe()} rating";

    /// <summary>The rank of a grade (0 = best), or null when the scale has no such grade. Exact spelling.</summary>
    public int? RankOf(string grade)
    {
        for (int i = 0; i < _grades.Count; i++)
        {
            if (string.Equals(_grades[i], grade, StringComparison.Ordinal)) return i;
        }
        return null;
    }

    public override string ToString() => $"{Agency.Code} {Term.Code()}";
}
