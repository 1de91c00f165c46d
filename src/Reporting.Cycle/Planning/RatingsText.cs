using Reporting.Ratings;

namespace Reporting.Cycle.Planning;

/// <summary>Short names for ratings steps and statuses, as the statement's tables show them.</summary>
internal static class RatingsText
{
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
}
