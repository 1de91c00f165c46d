using NodaTime;

namespace Reporting.Cap;

/// <summary>The published rates of a deal, looked up by index and exact fixing date.</summary>
/// <remarks>
/// There is deliberately no fallback to an earlier day: a rate missing on its fixing date is
/// an exception for the Calculation Agent, not something to paper over.
/// </remarks>
public sealed class FixingSeries
{
    private readonly IReadOnlyDictionary<(string, LocalDate), Fixing> _fixings;

    public FixingSeries(IReadOnlyDictionary<(string, LocalDate), Fixing> fixings) => _fixings = fixings;

    public static FixingSeries Empty { get; } = new(new Dictionary<(string, LocalDate), Fixing>());

    public int Count => _fixings.Count;

    public Fixing? Find(string index, LocalDate date) =>
        _fixings.TryGetValue((index.ToUpperInvariant(), date), out var fixing) ? fixing : null;
}
