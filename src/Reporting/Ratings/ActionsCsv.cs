using Reporting.Deals;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Ratings;

/// <summary>Loads <c>actions.csv</c> (INPUTS.md): steps taken under the ratings downgrade provisions.</summary>
public static class ActionsCsv
{
    private static readonly string[] Columns = { "date", "entity", "action", "reference" };

    /// <param name="eventIds">The deal's ratings event ids, to find the events a reference names.</param>
    /// <param name="eventNames">The events' full names, in the order of <paramref name="eventIds"/>.</param>
    public static IReadOnlyList<RatingsStep> Read(TextReader text, string displayName, IReadOnlyList<Party> parties,
        IReadOnlyList<string> eventIds, InputErrors errors, IReadOnlyList<string>? eventNames = null)
    {
        var steps = new List<RatingsStep>();
        CsvInput.Read(text, displayName, Columns, errors, row =>
        {
            var date = row.Date("date");
            var entity = EntityColumn.Read(row, "entity", parties);
            var action = row.Choice("action", RatingsActionKinds.All);
            var reference = row.Text("reference");
            if (row.HasErrors) return;
            steps.Add(new RatingsStep(date, entity, action, reference, EventReference.Parse(reference, eventIds, eventNames), row.Line));
        });
        return steps.OrderBy(s => s.Date).ThenBy(s => s.Line).ToArray();
    }
}
