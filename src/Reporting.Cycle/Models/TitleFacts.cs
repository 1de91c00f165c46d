using NodaTime;

namespace Reporting.Cycle.Models;

/// <summary>
/// What a document's title, subject and keywords are worded from: its kind and the facts it is
/// about. <c>documents/titles.sbn</c> words them; a planner passes only these.
/// </summary>
/// <param name="Kind">The output kind (<c>trustee-statement</c>, <c>collateral-call</c>, ...).</param>
public sealed record TitleFacts(string Kind, string DealId, string DealName)
{
    /// <summary>The date the title names: the date a report or workbook is as of, a Valuation Date, the date of a failed transfer.</summary>
    public LocalDate? On { get; init; }

    /// <summary>The first day of the month a monthly document covers.</summary>
    public LocalDate? Month { get; init; }

    /// <summary>The ratings event as the deal's terms name it, e.g. <c>Ratings Event II</c>.</summary>
    public string? EventName { get; init; }

    /// <summary>A failed transfer's obligation: <c>delivery</c>, <c>return</c> or <c>interest</c>.</summary>
    public string? Obligation { get; init; }

    /// <summary>For a working memo, the letter it stands beside: its kind, worded title and reference.</summary>
    public string? LetterKind { get; init; }

    public string? LetterTitle { get; init; }

    public string? LetterReference { get; init; }
}
