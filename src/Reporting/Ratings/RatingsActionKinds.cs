namespace Reporting.Ratings;

/// <summary>The steps <c>actions.csv</c> records under the ratings downgrade provisions (INPUTS.md).</summary>
public static class RatingsActionKinds
{
    public const string Notice = "notice";
    public const string CreditSupportDocument = "credit-support-document";
    public const string Transfer = "transfer";
    public const string CollateralAgreement = "collateral-agreement";
    public const string RatingAgencyConfirmation = "rating-agency-confirmation";

    public static IReadOnlyList<string> All { get; } = new[]
    {
        Notice, CreditSupportDocument, Transfer, CollateralAgreement, RatingAgencyConfirmation,
    };

    /// <summary>The steps that can remedy a ratings event (the terms file chooses which, per event).</summary>
    public static IReadOnlyList<string> Remedies { get; } = new[] { CreditSupportDocument, Transfer, CollateralAgreement };

    /// <summary>How a report names a remedy: the confirmation's words.</summary>
    public static string Describe(string kind) => kind switch
    {
        CreditSupportDocument => "Third Party Credit Support Document provided",
        Transfer => "transaction transferred to another party",
        CollateralAgreement => "Eligible Collateral posted under the Credit Support Annex",
        Notice => "notice given",
        RatingAgencyConfirmation => "Rating Agency Condition satisfied",
        _ => kind,
    };
}
