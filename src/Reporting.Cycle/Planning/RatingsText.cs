using Reporting.Ratings;

namespace Reporting.Cycle.Planning;

/// <summary>Plain words for the ratings terms, shared by the notices, the statement and the confirmation.</summary>
internal static class RatingsText
{
    public static string Remedy(string action) => action switch
    {
        "credit-support-document" => "provide a Third Party Credit Support Document (a guarantee of its obligations by a third party)",
        "transfer" => "transfer its rights and obligations under the agreement to another party",
        "collateral-agreement" => "post Eligible Collateral under an Approved Credit Support Document (the Credit Support Annex)",
        _ => action,
    };

    public static string RemedyShort(string action) => action switch
    {
        "credit-support-document" => "credit support document",
        "transfer" => "transfer",
        "collateral-agreement" => "collateral",
        "notice" => "notice",
        "rating-agency-confirmation" => "rating agency confirmation",
        _ => action,
    };

    public static string Status(RatingsEventStatus status) => status switch
    {
        RatingsEventStatus.Pending => "pending",
        RatingsEventStatus.Remedied => "remedied",
        RatingsEventStatus.Cured => "cured",
        RatingsEventStatus.Breached => "breached",
        _ => status.ToString(),
    };

    public static string Deadline(DeadlineRule rule) =>
        rule.BusinessDays ? $"{Number(rule.Days)} Local Business Days" : $"{Number(rule.Days)} calendar days";

    /// <summary>"(a) S&P long-term BB+ or lower, or (b) Moody's long-term A3 or lower, ..." for a trigger list.</summary>
    public static string Triggers(IReadOnlyList<TriggerClause> clauses) =>
        string.Join(clauses.Count > 2 ? "; or " : " or ", clauses.Select(c => c.Describe()));

    private static string Number(int n) => n switch
    {
        1 => "one", 2 => "two", 3 => "three", 4 => "four", 5 => "five", 10 => "ten", 30 => "thirty",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
