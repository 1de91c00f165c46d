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
        var terms = deal.Cap!;
        var schedule = files.Read(terms.ScheduleFile, errors, ScheduleCsv.Read);
        var fixings = files.Read(terms.FixingsFile, errors, (text, name, e) => FixingsCsv.Read(text, name, e, new[] { terms.Floating.Index }))
            ?? FixingSeries.Empty;
        errors.ThrowIfAny();

        CheckScheduleCoversPeriods(terms, schedule!, terms.ScheduleFile, errors);
        errors.ThrowIfAny();
        return new CapInputs(deal, terms, schedule!, fixings);
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
                    $"{line.PeriodStart:yyyy-MM-dd} to {line.PeriodEnd:yyyy-MM-dd} is not a Calculation Period of the cap (periods run from the effective date {terms.EffectiveDate:yyyy-MM-dd} to the termination date {terms.TerminationDate:yyyy-MM-dd}, ending on day {terms.Floating.FirstPeriodEndDate.Day} of each month)");
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
