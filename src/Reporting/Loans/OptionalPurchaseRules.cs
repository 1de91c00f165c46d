using Reporting.Deals;

namespace Reporting.Loans;

/// <summary>
/// The deal's optional purchase terms together with the readings it takes: everything the
/// engine needs besides the tapes, the purchases and the date.
/// </summary>
public sealed record OptionalPurchaseRules(
    OptionalPurchaseTerms Terms,
    CureRule Cure,
    CrossingDateRule Crossing,
    PurchasePriceFormula Price,
    IReadOnlyList<Interpretation> Interpretations)
{
    public int ThresholdDays => Terms.DelinquencyThresholdDays;

    /// <summary>The rules of a deal: its terms and its choice of each loans reading.</summary>
    public static OptionalPurchaseRules For(OptionalPurchaseTerms terms, Interpretations interpretations)
    {
        var readings = LoanReadings.All
            .Select(d => interpretations.Find(d.Key) ?? d.Resolve(null))
            .ToArray();
        string Choice(string key) => readings.First(r => r.Key == key).Choice;
        return new OptionalPurchaseRules(
            terms,
            CureRule.Named(Choice(LoanReadings.Cure)),
            CrossingDateRule.Named(Choice(LoanReadings.CrossingDate)),
            PurchasePriceFormula.Named(Choice(LoanReadings.PurchasePrice)),
            readings);
    }
}
