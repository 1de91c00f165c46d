using System.CommandLine;
using NodaTime;
using Reporting.Cap;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting cap DEAL [--as-of D] [--json]</c>: every Calculation Period of the deal's cap.</summary>
internal static class CapCommand
{
    public static Command Build()
    {
        var deal = CommonOptions.DealArgument();
        var asOf = CommonOptions.DateOption("--as-of",
            "What is known on this date: later fixings are pending (default: the adjusted Termination Date, the whole life of the cap)");
        var json = CommonOptions.JsonOption();

        var command = new Command("cap", "The cap's Calculation Periods: dates, notional, strike, rate, amount and status") { deal, asOf, json };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var inputs = CapInputs.Load(parse.GetValue(deal)!);
            var date = parse.GetValue(asOf) ?? inputs.Terms.AdjustedTerminationDate;
            var periods = CapEngine.Evaluate(inputs, date);
            if (parse.GetValue(json)) JsonOutput.Write(periods.Select(CapPeriodJson.From));
            else WriteTable(inputs, date, periods);
            return CommandRunner.Ok;
        }));
        return command;
    }

    private static void WriteTable(CapInputs inputs, LocalDate asOf, IReadOnlyList<CapPeriod> periods)
    {
        var terms = inputs.Terms;
        Console.Out.WriteLine($"{inputs.Deal.Info.Name} ({inputs.Deal.Info.Scenario})");
        Console.Out.WriteLine($"As of {Formats.Date(asOf)}. {terms.Floating.FloatingRateOption} {terms.Floating.DesignatedMaturity}, " +
                              $"{terms.Floating.DayCount.Name}, ceiling {(inputs.Schedule.Any(l => l.CeilingPercent is not null) ? "per period (Schedule I)" : Formats.Percent(terms.Floating.CeilingPercent, 2))}, " +
                              $"periods rolled {terms.Floating.PeriodEndAdjustment}" +
                              (terms.Floating.AccrualDates == AccrualDates.Unadjusted ? " (accruing on unadjusted dates)" : "") +
                              (terms.Floating.PaymentAdjustment is { } pay ? $", payments rolled {pay}" : "") +
                              $", fixings {-terms.Floating.FixingOffset.Days} {terms.Floating.FixingOffset.Calendar.Name} days before reset" +
                              (terms.Floating.InitialRatePercent is { } initial ? $", first period's rate stated as {Formats.Percent(initial)}." : "."));
        bool ceilings = inputs.Schedule.Any(l => l.CeilingPercent is not null);

        var columns = new List<(string, bool)>
        {
            ("#", true), ("Start", false), ("End", false), ("Payment", false), ("Fixing", false), ("Days", true),
            ("Notional", true), ("Strike", true),
        };
        if (ceilings) columns.Add(("Ceiling", true));
        columns.AddRange(new[] { ("Rate", true), ("Amount", true), ("Status", false) });
        var table = TextTable.Create(columns.ToArray());
        foreach (var p in periods)
        {
            var cells = new List<string>
            {
                p.Number.ToString(), Formats.Date(p.AdjustedStart), Formats.Date(p.AdjustedEnd),
                Formats.Date(p.PaymentDate), Formats.Date(p.FixingDate), p.Days.ToString(), Formats.Money(p.Notional),
                Formats.Percent(p.StrikePercent, 2),
            };
            if (ceilings) cells.Add(Formats.Percent(p.CeilingPercent, 2));
            cells.AddRange(new[] { Formats.Percent(p.RatePercent) + (p.RateStated ? " (stated)" : ""), Formats.Money(p.Amount), p.Status.Name() });
            TextTable.AddRow(table, cells.ToArray());
        }
        TextTable.Write(table);

        var known = periods.Where(p => p.Amount is not null).Sum(p => p.Amount!.Value);
        Console.Out.WriteLine($"Total of known amounts: {Formats.Money(known)}");
        foreach (var p in periods.Where(p => p.IsException))
        {
            Console.Out.WriteLine($"Exception: period {p.Number} has no {terms.Floating.Index} fixing for {Formats.Date(p.FixingDate)}; its amount is unknown, not zero.");
        }
    }
}

/// <summary>The JSON shape of a period in CLI.md.</summary>
internal sealed record CapPeriodJson(
    int Period, LocalDate PeriodStart, LocalDate PeriodEnd, LocalDate AdjustedStart, LocalDate AdjustedEnd,
    LocalDate PaymentDate, LocalDate ResetDate, LocalDate FixingDate, int Days, decimal Notional, decimal StrikePercent,
    decimal? RatePercent, decimal? AppliedRatePercent, decimal? Amount, string Status, string? Reason,
    decimal? CeilingPercent, string? RateSource)
{
    public static CapPeriodJson From(CapPeriod p) => new(
        p.Number, p.PeriodStart, p.PeriodEnd, p.AdjustedStart, p.AdjustedEnd, p.PaymentDate, p.ResetDate, p.FixingDate,
        p.Days, p.Notional, p.StrikePercent, p.RatePercent, p.AppliedRatePercent, p.Amount, p.Status.Name(),
        p.Status switch
        {
            CapPeriodStatus.Pending => "fixing date is after the as-of date",
            CapPeriodStatus.MissingFixing => "no fixing published for the fixing date",
            _ => null,
        },
        p.CeilingPercent,
        p.RatePercent is null ? null : p.RateStated ? "stated" : "fixing");
}
