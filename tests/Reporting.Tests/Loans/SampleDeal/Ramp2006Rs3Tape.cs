using System.Globalization;
using System.Text;
using NodaTime;

namespace Reporting.Tests.Loans.SampleDeal;

/// <summary>
/// Generates the synthetic loan tape and purchases of <c>deals/ramp-2006-rs3</c>: scripted loans
/// that each walk one path of Section 4.07 (their expected statuses are worked by hand in
/// <see cref="SampleDealTests"/>), among deterministic filler loans (fixed seed).
/// </summary>
/// <remarks>
/// A loan's next due date on the tape of report date R is min(first of the month after R, S),
/// where S is the oldest unpaid due date of the script segment in force at R: a loan pays on time
/// until S and nothing from S on. A later segment models a partial payment (S moves on, the loan
/// stays late) or a cure (S moves past R: the loan is current again).
/// </remarks>
internal static class Ramp2006Rs3Tape
{
    public const int Seed = 20060831;
    public const int FillerLoans = 236;

    public static readonly LocalDate FirstTape = new(2006, 4, 30);
    public static readonly LocalDate LastTape = new(2008, 12, 31);

    /// <summary>A loan that walks one path. <paramref name="Segments"/>: (from tape, oldest unpaid due date).</summary>
    public sealed record ScriptedLoan(
        string Id, decimal Upb, decimal NoteRate, decimal ServicingFee,
        (LocalDate From, LocalDate StopsPaying)[] Segments,
        LocalDate? LastTapeDate = null);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    public static IReadOnlyList<ScriptedLoan> Scripted { get; } = new ScriptedLoan[]
    {
        // Crosses 2006-05-30 (Q2 2006); window 2006-07-03..2006-09-28; never bought: lapses.
        new("RS3-S01", 220_000.00m, 7.75m, 0.50m, new[] { (FirstTape, D(2006, 3, 1)) }),
        // Crosses 2006-08-30 (Q3 2006); window 2006-10-02..2006-12-28; bought 2006-11-15.
        new("RS3-S02", 200_000.00m, 8.00m, 0.50m, new[] { (FirstTape, D(2006, 6, 1)) }, D(2006, 10, 31)),
        // 90 days exactly on the 2006-11-30 tape (Q4 2006); window opens after New Year's Day: 2007-01-02; bought that day.
        new("RS3-S03", 150_000.00m, 7.25m, 0.375m, new[] { (FirstTape, D(2006, 9, 1)) }, D(2006, 12, 31)),
        // 89 days on the 2007-02-28 tape, crosses 2007-03-01 (Q1 2007); window 2007-04-02..2007-06-28; bought 2007-06-29: too late.
        new("RS3-S04", 175_000.00m, 8.50m, 0.50m, new[] { (FirstTape, D(2006, 12, 1)) }, D(2007, 5, 31)),
        // 89 days on 2007-03-31, a quarter's last day; crosses 2007-04-01 (Q2); window 2007-07-02..2007-09-27; bought on its last day.
        new("RS3-S05", 120_000.00m, 9.00m, 0.50m, new[] { (FirstTape, D(2007, 1, 1)) }, D(2007, 8, 31)),
        // Crosses 2007-07-30 (Q3 2007); partial payments move the next due date each month but it stays 91 days late; bought 2007-11-20.
        new("RS3-S06", 180_000.00m, 7.50m, 0.25m, new[]
        {
            (FirstTape, D(2007, 5, 1)), (D(2007, 8, 31), D(2007, 6, 1)), (D(2007, 9, 30), D(2007, 7, 1)), (D(2007, 10, 31), D(2007, 8, 1)),
        }, D(2007, 10, 31)),
        // Crosses 2007-09-29 (Q3 2007); a partial payment takes it to 60 days on 2007-10-31 without curing it;
        // 90 days again on 2007-11-30: same episode, same window 2007-10-01..2007-12-28; lapses.
        new("RS3-S07", 160_000.00m, 8.00m, 0.50m, new[] { (FirstTape, D(2007, 7, 1)), (D(2007, 10, 31), D(2007, 9, 1)) }),
        // Crosses 2006-10-30 (Q4 2006); window 2007-01-02..2007-03-29 lapses; cured on the 2007-04-30 tape;
        // crosses again 2007-07-30 (Q3 2007): new window 2007-10-01..2007-12-28; bought 2007-10-15.
        new("RS3-S08", 95_000.00m, 10.00m, 0.50m, new[] { (FirstTape, D(2006, 8, 1)), (D(2007, 4, 30), D(2007, 5, 1)) }, D(2007, 9, 30)),
        // Leap year: 90 days exactly on 2008-03-31, crosses that day (Q1 2008); window 2008-04-01..2008-06-27; bought on its last day.
        new("RS3-S10", 250_000.00m, 6.50m, 0.25m, new[] { (FirstTape, D(2008, 1, 1)) }, D(2008, 5, 31)),
        // Crosses 2007-12-30 (Q4 2007); bought 2007-12-31, before its window (2008-01-02, after New Year's Day).
        new("RS3-S11", 140_000.00m, 7.00m, 0.50m, new[] { (FirstTape, D(2007, 10, 1)) }, D(2007, 12, 31)),
        // 90 days on the 2007-11-30 tape (Q4 2007); awaiting on 2008-01-01 (holiday), in window 2008-01-02..2008-03-28, then lapsed.
        new("RS3-S12", 110_000.00m, 9.50m, 0.50m, new[] { (FirstTape, D(2007, 9, 1)) }),
        // 60 days late when bought on 2008-08-15: below 90 days.
        new("RS3-S13", 90_000.00m, 7.00m, 0.25m, new[] { (FirstTape, D(2008, 6, 1)) }, D(2008, 7, 31)),
        // Crosses 2008-05-30 (Q2 2008); window 2008-07-01..2008-09-29; bought on its last day.
        new("RS3-S14", 300_000.00m, 8.25m, 0.50m, new[] { (FirstTape, D(2008, 3, 1)) }, D(2008, 8, 31)),
        // Crosses 2008-08-30 (Q3 2008); window 2008-10-01..2008-12-30; lapsed on the last tape's date 2008-12-31.
        new("RS3-S15", 130_000.00m, 7.875m, 0.375m, new[] { (FirstTape, D(2008, 6, 1)) }),
        // 90 days on the 2008-11-30 tape (Q4 2008); awaiting on 2008-12-31; window 2009-01-02 (after New Year's Day)..2009-03-30.
        new("RS3-S16", 145_000.00m, 6.75m, 0.25m, new[] { (FirstTape, D(2008, 9, 1)) }),
        // 90 days on 2007-06-30, a quarter's last day (Q2 2007); in window from 2007-07-02; liquidated: last on the 2007-08-31 tape.
        new("RS3-S18", 85_000.00m, 10.50m, 0.50m, new[] { (FirstTape, D(2007, 4, 1)) }, D(2007, 8, 31)),
    };

    /// <summary>The purchases the Master Servicer made, at the Purchase Price worked by hand in the tests.</summary>
    public static IReadOnlyList<(string LoanId, LocalDate Date, decimal Price)> Purchases { get; } = new[]
    {
        ("RS3-S02", D(2006, 11, 15), 208_750.00m),
        ("RS3-S03", D(2007, 1, 2), 155_156.25m),
        ("RS3-S04", D(2007, 6, 29), 184_333.33m),
        ("RS3-S05", D(2007, 9, 27), 128_500.00m),
        ("RS3-S08", D(2007, 10, 15), 100_264.58m),
        ("RS3-S06", D(2007, 11, 20), 185_437.50m),
        ("RS3-S11", D(2007, 12, 31), 143_033.33m),
        ("RS3-S10", D(2008, 6, 27), 259_114.58m),
        ("RS3-S13", D(2008, 8, 15), 92_025.00m),
        ("RS3-S14", D(2008, 9, 29), 315_500.00m),
    };

    public static IEnumerable<LocalDate> TapeDates()
    {
        for (var month = new LocalDate(FirstTape.Year, FirstTape.Month, 1); month <= LastTape; month = month.PlusMonths(1))
            yield return month.PlusMonths(1).PlusDays(-1);
    }

    private static LocalDate FirstOfNextMonth(LocalDate date) => new LocalDate(date.Year, date.Month, 1).PlusMonths(1);

    public static string LoansCsv()
    {
        var loans = Scripted.ToList();
        loans.AddRange(Fillers());
        var text = new StringBuilder("report_date,loan_id,upb,next_due_date,note_rate_percent,servicing_fee_percent\n");
        foreach (var tape in TapeDates())
        {
            foreach (var loan in loans.OrderBy(l => l.Id, StringComparer.Ordinal))
            {
                if (loan.LastTapeDate is { } last && tape > last) continue;
                var stops = loan.Segments.Last(s => s.From <= tape).StopsPaying;
                var nextDue = FirstOfNextMonth(tape) < stops ? FirstOfNextMonth(tape) : stops;
                text.Append(CultureInfo.InvariantCulture,
                    $"{tape:yyyy-MM-dd},{loan.Id},{loan.Upb:0.00},{nextDue:yyyy-MM-dd},{loan.NoteRate:0.000},{loan.ServicingFee:0.000}\n");
            }
        }
        return text.ToString();
    }

    public static string PurchasesCsv()
    {
        var text = new StringBuilder("loan_id,purchase_date,price\n");
        foreach (var (id, date, price) in Purchases)
            text.Append(CultureInfo.InvariantCulture, $"{id},{date:yyyy-MM-dd},{price:0.00}\n");
        return text.ToString();
    }

    /// <summary>
    /// Filler loans: most pay on time throughout; one in six stops paying in a random month and
    /// then either never pays again or is cured some months later. Fixed seed: the same tape every run.
    /// </summary>
    private static IEnumerable<ScriptedLoan> Fillers()
    {
        var random = new Random(Seed);
        var tapes = TapeDates().ToArray();
        for (int i = 1; i <= FillerLoans; i++)
        {
            var upb = 40_000m + random.Next(0, 36_000_000) / 100m;
            var note = 6m + random.Next(0, 48) * 0.125m;
            var fee = random.Next(2) == 0 ? 0.25m : 0.5m;
            var segments = new List<(LocalDate, LocalDate)> { (FirstTape, D(2099, 1, 1)) };
            if (random.Next(6) == 0)
            {
                int stop = random.Next(tapes.Length);
                segments.Add((tapes[stop], FirstOfNextMonth(tapes[stop])));
                int cureAfter = random.Next(1, 13);
                if (random.Next(2) == 0 && stop + cureAfter < tapes.Length)
                    segments.Add((tapes[stop + cureAfter], D(2099, 1, 1)));
            }
            yield return new ScriptedLoan($"RS3-F{i:D3}", upb, note, fee, segments.ToArray());
        }
    }
}
