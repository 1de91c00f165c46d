using Reporting.Calendars;

namespace Reporting.Collateral;

/// <summary>
/// The elections of Paragraph 13 of an ISDA Credit Support Annex, as the
/// <c>credit_support_annex:</c> section of the terms file gives them. One-way: only the
/// Pledgor posts.
/// </summary>
/// <param name="MinimumTransferAmount">Delivery and Return Amounts below this are not made (tested before rounding).</param>
/// <param name="RoundingMultiple">Delivery Amounts round up, Return Amounts down, to a multiple of this.</param>
/// <param name="InterestTransferBusinessDay">Interest Amounts move on this Local Business Day of each month.</param>
public sealed record CreditSupportAnnexTerms(
    string SecuredParty,
    string Pledgor,
    string ValuationAgent,
    HolidayCalendar LocalBusinessDays,
    ThresholdTerms Threshold,
    decimal IndependentAmount,
    ExternalMarkTerms ExternalMarks,
    VolatilityBufferTerms VolatilityBuffer,
    IReadOnlyList<EligibleCollateralType> EligibleCollateral,
    IReadOnlyList<ConcentrationLimit> ConcentrationLimits,
    decimal MinimumTransferAmount,
    decimal RoundingMultiple,
    TransferTiming Timing,
    int InterestTransferBusinessDay,
    string ExposuresFile,
    string CollateralFile)
{
    /// <summary>Paragraph 13(h)(i): the Interest Rate on Posted Collateral in the form of cash.</summary>
    public Ledger.InterestRateElection InterestRate { get; init; } = Ledger.InterestRateElection.Achieved;

    /// <summary>Paragraph 7(i) as the Master Agreement lets it apply: notice, grace, Event of Default.</summary>
    public Ledger.FailureToTransferTerms FailureToTransfer { get; init; } = Ledger.FailureToTransferTerms.Standard(LocalBusinessDays);

    /// <summary>Paragraph 13(c)(ii): weekly (the last Local Business Day of each week) or every Local Business Day.</summary>
    public ValuationFrequency Frequency { get; init; } = ValuationFrequency.Weekly;

    /// <summary>
    /// One Credit Support Amount per rating agency (<c>credit_support_amounts:</c>); empty for the
    /// single Credit Support Amount of <see cref="VolatilityBuffer"/> and <see cref="EligibleCollateral"/>.
    /// </summary>
    public IReadOnlyList<AgencyCreditSupportTerms> Agencies { get; init; } = [];
}
