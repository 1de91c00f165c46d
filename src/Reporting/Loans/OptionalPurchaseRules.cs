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

    /// <summary>How the deal counts delinquency.</summary>
    public DelinquencyMethod Method => Terms.Delinquency;

    /// <summary>Days delinquent of a tape at its report date, by the deal's method.</summary>
    public int DaysDelinquent(LoanSnapshot tape) => tape.DaysDelinquentBy(Method);

    /// <summary>The Purchase Price of the loan a tape shows, if bought on <paramref name="date"/>, with what the deal's price adds.</summary>
    public PurchasePriceCalculation PriceOf(LoanSnapshot tape, NodaTime.LocalDate date) =>
        Price.Calculate(tape, date, Terms.PriceAddsAdvances, Terms.PriceAddsServicingAdvances);

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
