using System.CommandLine;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.Ratings;
using NodaTime;
using static Reporting.Formatting.InvariantFormat;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting ratings DEAL --as-of D [--json]</c>: the ratings events of a deal and where each stands.</summary>
internal static class RatingsCommand
{
    public static Command Build()
    {
        var deal = CommonOptions.DealArgument();
        var asOf = CommonOptions.DateOption("--as-of", "Report date: ratings and actions up to this day", required: true);
        var json = CommonOptions.JsonOption();
        var command = new Command("ratings", "Ratings Events I and II: occurrences, notices, remedies, deadlines and status") { deal, asOf, json };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var terms = DealLoader.LoadTerms(parse.GetValue(deal)!);
            var data = RatingsDataLoader.Load(terms);
            var report = RatingsEngine.Evaluate(data, parse.GetValue(asOf)!.Value);
            if (parse.GetValue(json)) JsonOutput.Write(ToJson(report, data.Terms.Agencies));
            else WriteTable(report, data.Terms.Agencies, data.History.Actions.Count == 0);
            return CommandRunner.Ok;
        }));
        return command;
    }

    /// <param name="agencies">The deal's Rating Agencies: the ratings shown are theirs.</param>
    internal static object ToJson(RatingsReport report, IReadOnlyList<RatingAgency> agencies) => new
    {
        AsOf = report.AsOf,
        Provider = report.Provider,
        Ratings = RatingsJson(report.Ratings, agencies),
        AdditionalTerminationEvent = report.AdditionalTerminationEvent,
        Events = report.Events.Select(e => new
        {
            Event = e.Event,
            Name = e.Name,
            Clauses = e.Clauses.Select(c => new
            {
                Clause = c.Clause.Label,
                Agency = c.Clause.Scale.Agency.Code,
                Term = c.Clause.Scale.Term.Code(),
                Condition = c.Clause.Describe(),
                FirstHeld = c.FirstHeld,
                Rating = c.RatingSeen,
            }),
            Occurred = e.Occurred,
            EndedOn = e.EndedOn,
            NoticeDue = e.NoticeDue,
            NoticeGiven = e.NoticeGiven,
            NoticeGivenOn = e.NoticeGivenOn,
            RemedyDue = e.RemedyDue,
            RemediesAllowed = e.RemediesAllowed,
            CollateralDemandDue = e.CollateralDemandDue,
            CollateralDemandRequired = e.CollateralDemandRequired,
            CollateralDeliveryDue = e.CollateralDeliveryDue,
            CollateralPostedOn = e.CollateralPostedOn,
            Remedy = e.Remedy,
            RemedyTakenOn = e.RemedyTakenOn,
            Status = e.Status,
            BreachReason = TerminalWords.BreachReason(e),
            BreachedOn = e.BreachedOn,
            AdditionalTerminationEvent = e.AdditionalTerminationEvent,
            AffectedParty = e.AffectedParty,
        }),
        Interpretations = report.Interpretations.Zip(ReadingLines.Of(report.Interpretations), (i, text) => new { i.Key, i.Choice, Text = text }),
    };

    /// <summary><c>{"S&amp;P": {"long": {...}, "short": {...}}, "Moodys": {...}}</c>; a rating never recorded is null.</summary>
    private static Dictionary<string, Dictionary<string, object?>> RatingsJson(RatingsSnapshot snapshot, IReadOnlyList<RatingAgency> agencies)
    {
        var result = new Dictionary<string, Dictionary<string, object?>>();
        foreach (var agency in agencies)
        {
            var byTerm = new Dictionary<string, object?>();
            foreach (var term in new[] { RatingTerm.Long, RatingTerm.Short })
            {
                var action = snapshot.ActionFor(RatingScales.For(agency, term));
                byTerm[term.Code()] = action is null ? null : new
                {
                    Rating = action.Rating.Symbol,
                    Watch = action.Rating.Watch,
                    Withdrawn = action.Rating.IsWithdrawn,
                    EffectiveDate = action.EffectiveDate,
                };
            }
            result[agency.Code] = byTerm;
        }
        return result;
    }

    private static void WriteTable(RatingsReport report, IReadOnlyList<RatingAgency> agencies, bool noHistory)
    {
        var o = Console.Out;
        o.WriteLine($"Ratings events of {report.Provider} as of {Iso(report.AsOf)}");
        o.WriteLine();
        if (noHistory) o.WriteLine("No ratings history (ratings.csv is absent or empty): no event can be evaluated.");
        foreach (var scale in RatingScales.All.Where(s => agencies.Contains(s.Agency)))
        {
            var action = report.Ratings.ActionFor(scale);
            o.WriteLine($"  {scale.Agency.DisplayName,-8} {scale.Term.Describe(),-11} {(action is null ? "unknown" : action.Rating.Symbol),-6} " +
                        (action is null ? "" : $"{(action.Rating.Watch == WatchStatus.None ? "" : action.Rating.Watch.Code() + " watch "),-19}since {Iso(action.EffectiveDate)}"));
        }
        o.WriteLine();
        if (report.Events.Count == 0) o.WriteLine("No ratings event has occurred.");
        foreach (var e in report.Events)
        {
            o.WriteLine($"{e.Name}: occurred {Iso(e.Occurred)}{(e.EndedOn is LocalDate end ? $", ended {Iso(end)}" : ", continuing")} -- {e.Status.ToString().ToUpperInvariant()}");
            foreach (var c in e.Clauses) o.WriteLine($"    trigger      {c.Clause.Describe()} (from {Iso(c.FirstHeld)}: {c.RatingSeen})");
            if (e.NoticeDue is LocalDate noticeDue)
                o.WriteLine($"    notice       due {Iso(noticeDue)}; {(e.NoticeGivenOn is LocalDate n ? $"given {Iso(n)}{(e.NoticeGiven ? "" : " (late)")}" : "not given")}");
            else
                o.WriteLine("    notice       none required by the clause");
            o.WriteLine($"    remedy       due {Iso(e.RemedyDue)} ({string.Join(", ", e.RemediesAllowed)}); " +
                        (e.Remedy is null ? "none taken" : $"{e.Remedy} effective {Iso(e.RemedyTakenOn!.Value)}"));
            if (e.CollateralDemandDue is LocalDate demand)
                o.WriteLine($"    collateral   demand {(e.CollateralDemandRequired ? "due" : "would be due")} {Iso(demand)}, delivery by {Iso(e.CollateralDeliveryDue!.Value)}" +
                            (e.CollateralPostedOn is LocalDate posted ? $"; posted {Iso(posted)}" : ""));
            if (TerminalWords.BreachReason(e) is { } breach)
                o.WriteLine($"    breach       {breach}: Additional Termination Event from {Iso(e.BreachedOn!.Value)}, {e.AffectedParty} the sole Affected Party");
            o.WriteLine();
        }
        o.WriteLine("Interpretations:");
        foreach (var (i, text) in report.Interpretations.Zip(ReadingLines.Of(report.Interpretations))) o.WriteLine($"  - [{i.Key}] {text}");
    }
}
