using NodaTime;

namespace Reporting.Loans;

/// <summary>
/// What the fold keeps of one loan while the tape streams past: its latest snapshot up to the
/// status date, its current delinquency episode and its purchase, never its rows. Memory is one
/// of these per loan whatever the number of tapes.
/// </summary>
internal sealed class LoanHistory(string loanId)
{
    public string LoanId { get; } = loanId;

    /// <summary>Report date and line of the loan's last row (any date), to check row order.</summary>
    public LocalDate LastRowDate { get; set; }

    public int LastRowLine { get; set; }

    /// <summary>The latest snapshot on or before the status date (frozen once purchased).</summary>
    public LoanSnapshot? Latest { get; set; }

    /// <summary>The latest episode, open or cured.</summary>
    public DelinquencyEpisode? Episode { get; set; }

    public int EpisodeCount { get; set; }

    public LocalDate? LastCuredOn { get; set; }

    /// <summary>The cure before <see cref="LastCuredOn"/>, restored if the last cure turns out reversed.</summary>
    public LocalDate? CuredBeforeLast { get; set; }

    /// <summary>A purchase on or before the status date not yet judged (it is judged when the tapes reach its date).</summary>
    public Purchase? PendingPurchase { get; set; }

    public PurchaseCheck? Check { get; set; }
}
