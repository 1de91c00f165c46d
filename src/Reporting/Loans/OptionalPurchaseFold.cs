using NodaTime;
using Reporting.Inputs;
using static Reporting.Formatting.InvariantFormat;

namespace Reporting.Loans;

/// <summary>
/// The optional purchase engine, as a fold over the loan tape: each row is folded into its
/// loan's state in one pass, the state growing with the number of loans, not rows. Rows of one
/// loan must come in report-date order; loans may interleave (the engine feeds the loaded tape
/// loan by loan, a file may be sorted by tape or by loan then tape).
/// </summary>
/// <remarks>
/// Purchases are known before the tape is read, so each is judged at the moment the fold passes
/// its date, with the tapes and the episode as they stood then.
/// </remarks>
public sealed class OptionalPurchaseFold
{
    private readonly OptionalPurchaseRules _rules;
    private readonly LocalDate _asOf;
    private readonly Dictionary<string, LoanHistory> _loans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Purchase> _purchases = new(StringComparer.Ordinal);
    private LocalDate? _latestTapeDate;
    private long _rowsRead;

    /// <param name="purchases">Every purchase in the file, one per loan; those after <paramref name="asOf"/> have not happened yet and are ignored.</param>
    public OptionalPurchaseFold(OptionalPurchaseRules rules, LocalDate asOf, IEnumerable<Purchase> purchases)
    {
        _rules = rules;
        _asOf = asOf;
        foreach (var purchase in purchases) _purchases[purchase.LoanId] = purchase;
    }

    /// <summary>
    /// Folds one tape row in. Returns null, or what is wrong with the row's report date (a
    /// duplicate or out-of-order row of the loan) for the loader to report at that row.
    /// </summary>
    public string? Add(string loanId, LoanSnapshot tape, int line)
    {
        _rowsRead++;
        if (!_loans.TryGetValue(loanId, out var loan))
        {
            loan = new LoanHistory(loanId);
            if (_purchases.TryGetValue(loanId, out var purchase) && purchase.PurchaseDate <= _asOf)
                loan.PendingPurchase = purchase;
            _loans.Add(loanId, loan);
        }
        else if (OrderProblem(loanId, loan.LastRowDate, loan.LastRowLine, tape.ReportDate) is { } problem)
        {
            return problem;
        }
        loan.LastRowDate = tape.ReportDate;
        loan.LastRowLine = line;

        if (tape.ReportDate > _asOf) return null;
        if (_latestTapeDate is null || tape.ReportDate > _latestTapeDate) _latestTapeDate = tape.ReportDate;
        if (loan.Check is not null) return null; // purchased: the trust no longer owns it, later tapes change nothing
        if (loan.PendingPurchase is { } pending && tape.ReportDate > pending.PurchaseDate)
        {
            loan.Check = Judge(loan, pending);
            return null;
        }
        Apply(loan, tape);
        return null;
    }

    /// <summary>
    /// What is wrong with a loan's row dated <paramref name="reportDate"/> after its row of
    /// <paramref name="lastDate"/> at <paramref name="lastLine"/>: null when it comes later, as it must.
    /// </summary>
    internal static string? OrderProblem(string loanId, LocalDate lastDate, int lastLine, LocalDate reportDate)
    {
        if (reportDate == lastDate) return $"loan {loanId} already has a row for report date {Iso(reportDate)} (line {lastLine})";
        if (reportDate < lastDate)
        {
            return $"{Iso(reportDate)} is before {Iso(lastDate)}, the report date of loan {loanId} at line {lastLine} " +
                   "(each loan's rows must be in report-date order)";
        }
        return null;
    }

    /// <summary>Loans named in purchases.csv that no tape row names (an input error).</summary>
    public IEnumerable<Purchase> PurchasesOfUnknownLoans() =>
        _purchases.Values.Where(p => !_loans.ContainsKey(p.LoanId)).OrderBy(p => p.Line);

    /// <summary>Every loan's status on the date, once the whole tape has been folded in.</summary>
    public OptionalPurchaseReport Complete()
    {
        var statuses = new List<LoanStatus>(_loans.Count);
        foreach (var loan in _loans.Values)
        {
            if (loan.Check is null && loan.PendingPurchase is { } pending) loan.Check = Judge(loan, pending);
            if (loan.Latest is null && loan.Check is null) continue; // first taped after the date
            statuses.Add(StatusOf(loan));
        }
        statuses.Sort((a, b) => string.CompareOrdinal(a.LoanId, b.LoanId));
        return new OptionalPurchaseReport(_asOf, _latestTapeDate, _rowsRead, statuses, _rules);
    }

    private void Apply(LoanHistory loan, LoanSnapshot tape)
    {
        int threshold = _rules.ThresholdDays;
        var episode = loan.Episode;
        int daysDelinquent = _rules.DaysDelinquent(tape);
        if (episode is { IsOpen: true } && _rules.Cure.IsCured(daysDelinquent, threshold))
        {
            episode = episode with { CuredOn = tape.ReportDate };
            loan.CuredBeforeLast = loan.LastCuredOn;
            loan.LastCuredOn = tape.ReportDate;
        }
        if (episode is not { IsOpen: true } && daysDelinquent >= threshold)
        {
            var crossedOn = _rules.Crossing.CrossedOn(tape, threshold, _rules.Method);
            if (episode is { CuredOn: { } curedOn } && crossedOn <= curedOn)
            {
                // The loan was 90 days late again before the tape that showed it cured: the cure
                // was reversed (a returned payment), so the old episode and its window continue.
                episode = episode with { CuredOn = null };
                loan.LastCuredOn = loan.CuredBeforeLast;
            }
            else
            {
                loan.EpisodeCount++;
                episode = new DelinquencyEpisode(loan.EpisodeCount, crossedOn, tape.ReportDate,
                    PurchaseWindow.For(crossedOn, _rules.Terms), CuredOn: null);
            }
        }
        loan.Episode = episode;
        loan.Latest = tape;
    }

    private PurchaseCheck Judge(LoanHistory loan, Purchase purchase)
    {
        if (loan.Latest is not { } tape)
        {
            return new PurchaseCheck(purchase, null, null, PurchaseExceptionKind.NoTape,
                $"no loan tape on or before the purchase date {Iso(purchase.PurchaseDate)} shows the loan", null);
        }
        var price = _rules.PriceOf(tape, purchase.PurchaseDate);
        int threshold = _rules.ThresholdDays;
        var episode = loan.Episode is { IsOpen: true } open ? open : null;
        // On the purchase date the loan is as late as its oldest unpaid due date makes it, unless
        // the deal measures at the last tape before the purchase (the tape's own report date).
        var measuredOn = _rules.Terms.DelinquentOnPurchaseDate ? purchase.PurchaseDate : tape.ReportDate;
        int days = _rules.Method.DaysDelinquent(tape.NextDueDate, measuredOn);
        if (days < threshold || episode is null)
        {
            var where = _rules.Terms.DelinquentOnPurchaseDate ? $"on the purchase date {Iso(measuredOn)}" : $"at the {Iso(tape.ReportDate)} tape";
            return new PurchaseCheck(purchase, tape, episode, PurchaseExceptionKind.BelowThreshold,
                $"{days} days delinquent {where}, below the {threshold} days required at purchase", price);
        }
        var window = episode.Window;
        if (purchase.PurchaseDate < window.Start)
        {
            return new PurchaseCheck(purchase, tape, episode, PurchaseExceptionKind.BeforeWindow,
                $"purchased before its window ({WindowText(window)}) for the delinquency that reached {threshold} days on {Iso(episode.CrossedOn)}", price);
        }
        if (window.End is { } end && purchase.PurchaseDate > end)
        {
            return new PurchaseCheck(purchase, tape, episode, PurchaseExceptionKind.AfterWindow,
                $"purchased after its window ({WindowText(window)}) closed: the option had lapsed", price);
        }
        if (window.IsExclusiveOn(purchase.PurchaseDate) && _rules.Terms.ExclusivePurchaser is { } exclusive
            && purchase.Purchaser is { } buyer && buyer != exclusive.Party)
        {
            return new PurchaseCheck(purchase, tape, episode, PurchaseExceptionKind.ExclusivePeriod,
                $"purchased by {buyer} on {Iso(purchase.PurchaseDate)}, while only {exclusive.Party} could purchase it (its exclusive period ran from {Iso(window.Start)} to {Iso(window.ExclusiveUntil!.Value)})", price);
        }
        return new PurchaseCheck(purchase, tape, episode, null, null, price);
    }

    private static string WindowText(PurchaseWindow window) =>
        window.End is { } end ? $"{Iso(window.Start)} to {Iso(end)}" : $"from {Iso(window.Start)}";

    private LoanStatus StatusOf(LoanHistory loan)
    {
        if (loan.Check is { } check)
        {
            return new LoanStatus(loan.LoanId,
                check.Qualifies ? LoanPurchaseStatus.Purchased : LoanPurchaseStatus.PurchaseException,
                check.Tape, check.Tape is { } judged ? _rules.DaysDelinquent(judged) : 0, OnLatestTape: check.Tape?.ReportDate == _latestTapeDate,
                check.Episode, loan.EpisodeCount, loan.LastCuredOn, PriceAsOf: null, check);
        }

        var tape = loan.Latest!.Value;
        bool onLatestTape = tape.ReportDate == _latestTapeDate;
        var episode = loan.Episode is { IsOpen: true } open ? open : null;
        int days = _rules.DaysDelinquent(tape);
        var status = !onLatestTape || episode is null || days < _rules.ThresholdDays
            ? LoanPurchaseStatus.NotEligible
            : _asOf < episode.Window.Start ? LoanPurchaseStatus.AwaitingWindow
            : episode.Window.End is not { } end || _asOf <= end ? LoanPurchaseStatus.InWindow
            : LoanPurchaseStatus.Lapsed;
        var price = status == LoanPurchaseStatus.InWindow ? _rules.PriceOf(tape, _asOf) : null;
        return new LoanStatus(loan.LoanId, status, tape, days, onLatestTape,
            episode, loan.EpisodeCount, loan.LastCuredOn, price, null);
    }
}
