using Reporting.Deals;

namespace Reporting.Loans;

/// <summary>
/// The readings the optional purchase engine takes of Section 4.07 as amended (DOMAIN.md §5),
/// printed in every report's Interpretations note. A deal chooses another option of a
/// configurable reading under <c>interpretations:</c> in its terms file.
/// </summary>
public static class LoanReadings
{
    public const string Cure = "loans.cure";
    public const string CrossingDate = "loans.crossing-date";
    public const string PurchasePrice = "loans.purchase-price";
    public const string DelinquencySource = "loans.delinquency-source";
    public const string OffTape = "loans.off-tape";

    public const string BroughtCurrent = "brought-current";
    public const string BelowThreshold = "below-threshold";
    public const string DueDatePlusThreshold = "due-date-plus-threshold";
    public const string FirstTapeReportDate = "first-tape-report-date";
    public const string NetRateInterest = "upb-plus-net-rate-interest";
    public const string NoteRateInterest = "upb-plus-note-rate-interest";

    private const string Section = "Amendment No. 1, Section 4.07(a)";

    public static IReadOnlyList<InterpretationDefinition> All { get; } = new[]
    {
        new InterpretationDefinition(
            Cure,
            $"{Section} (\"unless the delinquency is cured\")",
            BroughtCurrent,
            new[]
            {
                new InterpretationOption(BroughtCurrent,
                    "A delinquency is cured when a loan tape shows the loan brought current: no unpaid due date before the tape's report date. A partial payment that moves the next due date but leaves the loan delinquent does not cure it, so the crossing date and the purchase window stay those of the episode."),
                new InterpretationOption(BelowThreshold,
                    "A delinquency is cured when a loan tape shows the loan less than 90 days delinquent (the deal's threshold); a later tape at 90 days or more starts a new episode with a new crossing date."),
            }),
        new InterpretationDefinition(
            CrossingDate,
            $"{Section} (\"becomes 90 days or more delinquent during any given Calendar Quarter\")",
            DueDatePlusThreshold,
            new[]
            {
                new InterpretationOption(DueDatePlusThreshold,
                    "Tapes are monthly, so the day a loan became 90 days delinquent is derived, not observed: it is the next due date shown by the first tape of the episode that shows the loan 90 or more days delinquent, plus 90 days. This holds when the crossing fell between two tapes, and even when it falls on or before an earlier tape's date (a reversed payment); if it falls on or before the day an earlier episode was cured, the cure is treated as reversed and that episode continues."),
                new InterpretationOption(FirstTapeReportDate,
                    "The day a loan became 90 days delinquent is the report date of the first tape of the episode that shows it 90 or more days delinquent (the servicer's tape is the record)."),
            }),
        new InterpretationDefinition(
            PurchasePrice,
            "Pooling and Servicing Agreement, definition of Purchase Price (not among the sources)",
            NetRateInterest,
            new[]
            {
                new InterpretationOption(NetRateInterest,
                    "Purchase Price = unpaid principal balance plus interest on it at the net mortgage rate (note rate less servicing fee rate), 30/360, from the date to which interest was last paid (one month before the next due date) to the first day of the month after the month of purchase (no interest when interest is paid beyond that day); rounded to the cent, half up."),
                new InterpretationOption(NoteRateInterest,
                    "Purchase Price = unpaid principal balance plus interest on it at the note rate (servicing fee included), 30/360, from the date to which interest was last paid (one month before the next due date) to the first day of the month after the month of purchase (no interest when interest is paid beyond that day); rounded to the cent, half up."),
            }),
        new InterpretationDefinition(
            DelinquencySource,
            $"{Section} (\"90 days or more delinquent at the time of repurchase\")",
            "latest-tape",
            new[]
            {
                new InterpretationOption("latest-tape",
                    "A loan's days delinquent on a date are those of the latest loan tape on or before that date, measured at that tape's report date. This applies to its status on a report date and to the 90-day condition on a purchase date; the Purchase Price uses the balance and next due date of the same tape."),
            },
            Configurable: false),
        new InterpretationDefinition(
            OffTape,
            Section,
            "not-eligible",
            new[]
            {
                new InterpretationOption("not-eligible",
                    "A loan missing from the latest loan tape on or before the report date (paid off, liquidated or otherwise removed) is not eligible for purchase; its last tape is shown."),
            },
            Configurable: false),
    };
    /// <summary>
    /// The deal's readings with those of the optional purchase fitted to its clause. The texts above
    /// are written for the quarterly clause of RAMP 2006-RS3 (90 days, counted in days, one Master
    /// Servicer, delinquency at the tape): a deal with that shape prints them as they are; another
    /// deal's reports cite its own clause (<c>reference</c>) and its threshold, method and measure,
    /// never Amendment No. 1 or a Calendar Quarter it does not have.
    /// </summary>
    public static Interpretations ForClause(Interpretations readings, OptionalPurchaseTerms terms)
    {
        bool ramp = terms.Window == PurchaseWindowKind.QuarterAfterCrossing && terms.DelinquencyThresholdDays == 90
            && !terms.Delinquency.CountsMonths && !terms.DelinquentOnPurchaseDate;
        if (ramp) return readings;
        return new Interpretations(readings.Items.Select(r => r.Key.StartsWith("loans.", StringComparison.Ordinal) ? Fit(r, terms) : r).ToArray());
    }

    private static Interpretation Fit(Interpretation reading, OptionalPurchaseTerms terms)
    {
        var clause = terms.Reference ?? "The optional purchase clause";
        var source = reading.Source.StartsWith(Section, StringComparison.Ordinal) ? clause : reading.Source;
        var threshold = terms.DelinquencyThresholdDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = reading.Text;
        var method = terms.Delinquency;
        if (reading.Key == CrossingDate && method.CountsMonths)
        {
            int payments = terms.DelinquencyThresholdDays / DelinquencyMethod.DaysPerMonth;
            var day = method == DelinquencyMethod.Mba ? $"the day before the due date {payments} months after it" : $"the due date {payments} months after it";
            text = text.Replace(", plus 90 days.", $", moved to {day} ({method.Name.ToUpperInvariant()} method: 30 days for each monthly payment left unpaid).", StringComparison.Ordinal);
        }
        if (reading.Key == DelinquencySource && terms.DelinquentOnPurchaseDate)
        {
            text = text.Replace("This applies to its status on a report date and to the 90-day condition on a purchase date;",
                "This applies to its status on a report date; on a purchase date they are counted from the same tape's oldest unpaid due date to the purchase date itself;", StringComparison.Ordinal);
        }
        if (reading.Key == PurchasePrice)
        {
            source = $"{clause}, the purchase price";
            var adds = (terms.PriceAddsAdvances, terms.PriceAddsServicingAdvances) switch
            {
                (true, true) => "the unreimbursed Advances and Servicing Advances",
                (true, false) => "the unreimbursed Advances",
                (false, true) => "the unreimbursed Servicing Advances",
                _ => null,
            };
            if (adds is not null) text += $" The price then adds {adds} the same tape shows, as the clause requires.";
        }
        text = text.Replace("90 or more days", $"{threshold} or more days", StringComparison.Ordinal)
            .Replace("90 days", $"{threshold} days", StringComparison.Ordinal)
            .Replace("90-day", $"{threshold}-day", StringComparison.Ordinal);
        return reading with { Source = source, Text = text };
    }
}
