using Reporting.Deals;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Cap;

/// <summary>A cap's terms with its Schedule I and published rates, checked against each other.</summary>
public sealed class CapInputs
{
    private readonly Dictionary<(NodaTime.LocalDate, NodaTime.LocalDate), ScheduleLine> scheduleByPeriod;

    private CapInputs(DealTerms deal, CapTerms terms, IReadOnlyList<ScheduleLine> schedule, FixingSeries fixings)
    {
        Deal = deal;
        Terms = terms;
        Schedule = schedule;
        Fixings = fixings;
        scheduleByPeriod = schedule.ToDictionary(l => (l.PeriodStart, l.PeriodEnd));
    }

    public DealTerms Deal { get; }

    public CapTerms Terms { get; }

    public IReadOnlyList<ScheduleLine> Schedule { get; }

    public FixingSeries Fixings { get; }

    public ScheduleLine ScheduleLineFor(CapPeriodDates period) => scheduleByPeriod[(period.PeriodStart, period.PeriodEnd)];

    /// <summary>
    /// Loads a deal's cap inputs: the terms file, Schedule I and the fixings. Every error in
    /// every file is collected and thrown together.
    /// </summary>
    public static CapInputs Load(string dealFolder)
    {
        var errors = new InputErrors();
        var deal = DealLoader.ReadTerms(dealFolder, errors);
        errors.ThrowIfAny();
        return Load(deal!, new InputFileReader(new InputFolder(deal!.Folder), deal.InputFiles));
    }

    /// <summary>
    /// Loads Schedule I and the fixings of a deal whose terms are loaded, through
    /// <paramref name="files"/> (which reads each file once). Every error of both files is thrown together.
    /// </summary>
    public static CapInputs Load(DealTerms deal, InputFileReader files)
    {
        var errors = new InputErrors();
        if (deal.Cap is null)
        {
            errors.Add(DealLoader.TermsFileName, 0, 0, "cap", "this deal has no cap section");
            errors.ThrowIfAny();
        }
        var schedule = files.Read(deal.Cap!.ScheduleFile, errors, ScheduleCsv.Read);
        var fixings = files.Read(deal.Cap!.FixingsFile, errors, (text, name, e) => FixingsCsv.Read(text, name, e, new[] { deal.Cap!.Floating.Index }))
            ?? FixingSeries.Empty;
        errors.ThrowIfAny();

        bool endsFromSchedule = deal.Cap!.Floating.PeriodEnds.Roll == PeriodEndRoll.FromSchedule;
        var terms = deal.Cap!.WithSchedule(schedule!);
        CheckScheduleAgreesWithTerms(terms, schedule!, endsFromSchedule, terms.ScheduleFile, errors);
        errors.ThrowIfAny();

        CheckScheduleCoversPeriods(terms, schedule!, terms.ScheduleFile, errors);
        errors.ThrowIfAny();
        return new CapInputs(deal, terms, schedule!, fixings);
    }

    private static string DescribeRoll(PeriodEndDates ends)
    {
        return ends.Roll switch
        {
            PeriodEndRoll.DayOfMonth => $"ending on day {ends.First.Day} of each month",
            PeriodEndRoll.EndOfMonth => "ending on the last day of each month",
            _ => "ending on the Period End Dates the terms list",
        };
    }

    /// <summary>
    /// A Ceiling Rate set once in the terms and again per period in Schedule I would leave the
    /// reader to guess which governs; Period End Dates read from Schedule I must end on the
    /// Termination Date.
    /// </summary>
    private static void CheckScheduleAgreesWithTerms(CapTerms terms, IReadOnlyList<ScheduleLine> schedule, bool endsFromSchedule,
        string file, InputErrors errors)
    {
        if (terms.Floating.CeilingPercent is not null && schedule.FirstOrDefault(l => l.CeilingPercent is not null) is { } line)
        {
            errors.Add(file, line.Line, 0, $"column {ScheduleCsv.CeilingColumn}",
                $"Schedule I sets a Ceiling Rate per period while cap.floating.ceiling_percent in {DealLoader.TermsFileName} sets one for all periods (expected one or the other)");
        }
        if (endsFromSchedule && schedule.Count > 0 && schedule[^1].PeriodEnd != terms.TerminationDate)
        {
            errors.Add(file, schedule[^1].Line, 0, "column period_end",
                $"the last line ends {schedule[^1].PeriodEnd:yyyy-MM-dd}, but the Period End Dates are Schedule I's and the last must be the Termination Date {terms.TerminationDate:yyyy-MM-dd}");
        }
    }

    /// <summary>Schedule I must give exactly one line per Calculation Period, on the unadjusted dates.</summary>
    private static void CheckScheduleCoversPeriods(CapTerms terms, IReadOnlyList<ScheduleLine> schedule, string file, InputErrors errors)
    {
        var periods = CapSchedule.Periods(terms);
        var expected = periods.Select(p => (p.PeriodStart, p.PeriodEnd)).ToHashSet();
        foreach (var line in schedule)
        {
            if (!expected.Contains((line.PeriodStart, line.PeriodEnd)))
            {
                errors.Add(file, line.Line, 1, "column period_start",
                    $"{line.PeriodStart:yyyy-MM-dd} to {line.PeriodEnd:yyyy-MM-dd} is not a Calculation Period of the cap (periods run from the effective date {terms.EffectiveDate:yyyy-MM-dd} to the termination date {terms.TerminationDate:yyyy-MM-dd}, {DescribeRoll(terms.Floating.PeriodEnds)})");
            }
        }
        var present = schedule.Select(l => (l.PeriodStart, l.PeriodEnd)).ToHashSet();
        foreach (var period in periods.Where(p => !present.Contains((p.PeriodStart, p.PeriodEnd))))
        {
            errors.Add(file, 0, 0, null,
                $"Schedule I has no line for Calculation Period {period.Number} ({period.PeriodStart:yyyy-MM-dd} to {period.PeriodEnd:yyyy-MM-dd})");
        }
    }
}
