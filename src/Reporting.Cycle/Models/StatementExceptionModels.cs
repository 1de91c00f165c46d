using NodaTime;

namespace Reporting.Cycle.Models;

// The statement's exceptions as facts: each record names its kind first, and
// documents/_statement-exception.sbn words every kind (the statement prints it, and the run
// summary prints the same words through documents/run-summary.sbn).

/// <summary>How much of an amount arrived and when, as the ledger judged it.</summary>
/// <param name="Status"><c>late</c>, <c>short</c>, <c>unpaid</c> or <c>unknown</c>.</param>
public sealed record SettlementModel(string Status, decimal Amount, LocalDate DueDate, LocalDate? SettledOn, decimal ReceivedByDue, decimal Received, decimal Outstanding)
{
    public static SettlementModel From(Ledger.Settlement s) =>
        new(Ledger.SettlementStatusNames.Name(s.Status), s.Amount, s.DueDate, s.SettledOn, s.ReceivedByDue, s.Received, s.Outstanding);
}

/// <summary>A cap amount not received in full by its date.</summary>
/// <param name="Period">The Calculation Period of a Floating Amount; null for the Fixed Amount (the premium).</param>
public sealed record CapPaymentException(string Kind, int? Period, string Payer, SettlementModel Settlement)
{
    public CapPaymentException(int? period, string payer, SettlementModel settlement) : this("cap-payment", period, payer, settlement) { }
}

/// <summary>A Delivery or Return Amount not transferred in full by its date.</summary>
/// <param name="Direction"><c>delivery</c> or <c>return</c>.</param>
public sealed record CollateralCallException(string Kind, string Direction, LocalDate ValuationDate, string Payer, SettlementModel Settlement)
{
    public CollateralCallException(string direction, LocalDate valuationDate, string payer, SettlementModel settlement)
        : this("collateral-call", direction, valuationDate, payer, settlement) { }
}

/// <summary>A failure to transfer under the Credit Support Annex, its notice, grace and what follows.</summary>
/// <param name="Obligation"><c>delivery</c>, <c>return</c> or <c>interest</c>.</param>
/// <param name="Consequence"><c>event-of-default</c> (from <paramref name="EventOfDefaultFrom"/>, until <paramref name="CuredOn"/>),
/// <c>made-good</c> (within the grace period), <c>no-default-disapplied</c> (the agreement disapplies the default),
/// <c>default-if-not-made</c> (the grace period runs) or <c>no-default</c>.</param>
/// <param name="DefaultSection">The clause the annex disapplies when a failure is no Event of Default (the deal's
/// <c>notices.clauses.failure_to_transfer_default</c>); null when the deal names none.</param>
public sealed record FailureToTransferException(string Kind, string Obligation, LocalDate Reference, decimal MissingAtDue, LocalDate DueDate,
    LocalDate NoticeDate, LocalDate GraceEnd, string FailingParty, string Consequence, LocalDate? EventOfDefaultFrom, LocalDate? CuredOn,
    string? DefaultSection)
{
    public FailureToTransferException(string obligation, LocalDate reference, decimal missingAtDue, LocalDate dueDate, LocalDate noticeDate,
        LocalDate graceEnd, string failingParty, string consequence, LocalDate? eventOfDefaultFrom, LocalDate? curedOn, string? defaultSection)
        : this("failure-to-transfer", obligation, reference, missingAtDue, dueDate, noticeDate, graceEnd, failingParty, consequence, eventOfDefaultFrom, curedOn,
            defaultSection) { }
}

/// <summary>Posted Collateral rolled forward from the transfers differs from the holdings on a Valuation Date.</summary>
/// <param name="Difference"><c>cash</c> (the cash differs), <c>not-held</c> (delivered, not returned, not held) or <c>not-delivered</c> (held, never delivered).</param>
/// <param name="Asset">The security id; null for cash.</param>
public sealed record HoldingsException(string Kind, string Difference, LocalDate ValuationDate, string? Asset, decimal? PerTransfers, decimal? PerHoldings)
{
    public HoldingsException(string difference, LocalDate valuationDate, string? asset, decimal? perTransfers, decimal? perHoldings)
        : this("holdings", difference, valuationDate, asset, perTransfers, perHoldings) { }
}

/// <summary>An Interest Amount not received in full, or not determined for want of rates.</summary>
/// <param name="Settlement">Null when the amount is undetermined (<paramref name="MissingRateDays"/> days without a rate).</param>
public sealed record InterestAmountException(string Kind, LocalDate PeriodStart, LocalDate PeriodEnd, int MissingRateDays, SettlementModel? Settlement)
{
    public InterestAmountException(LocalDate periodStart, LocalDate periodEnd, int missingRateDays, SettlementModel? settlement)
        : this("interest-amount", periodStart, periodEnd, missingRateDays, settlement) { }
}

/// <summary>A ratings event whose deadlines were missed: an Additional Termination Event exists from <paramref name="BreachedOn"/>.</summary>
public sealed record RatingsBreachException(string Kind, string EventName, LocalDate Occurred, IReadOnlyList<BreachModel> Breaches, LocalDate BreachedOn)
{
    public RatingsBreachException(string eventName, LocalDate occurred, IReadOnlyList<BreachModel> breaches, LocalDate breachedOn)
        : this("ratings-breach", eventName, occurred, breaches, breachedOn) { }
}

/// <summary>A deal with ratings downgrade provisions and no rating history: ratings events and collateral are not evaluated.</summary>
public sealed record NoRatingHistoryException(string Kind)
{
    public NoRatingHistoryException() : this("no-rating-history") { }
}

/// <summary>A Calculation Period whose fixing date passed with no rate published: its amount is undetermined, not zero.</summary>
public sealed record MissingFixingException(string Kind, int Period, LocalDate FixingDate)
{
    public MissingFixingException(int period, LocalDate fixingDate) : this("missing-fixing", period, fixingDate) { }
}

/// <summary>A loan purchased outside the terms of the optional purchase clause (<paramref name="Provision"/>).</summary>
/// <param name="Purchasers">The holders of the option, to name who bought when the deal names several; empty otherwise.</param>
public sealed record PurchaseOutsideTermsException(string Kind, string? Provision, LoanRowModel Loan, IReadOnlyList<PurchaserModel> Purchasers)
{
    public PurchaseOutsideTermsException(string? provision, LoanRowModel loan, IReadOnlyList<PurchaserModel> purchasers)
        : this("purchase-outside-terms", provision, loan, purchasers) { }
}

/// <summary>The price paid for a loan differs from the Purchase Price worked out from the tape.</summary>
public sealed record PurchasePriceException(string Kind, string LoanId, LocalDate PurchaseDate, decimal PricePaid, decimal ComputedPrice, decimal Difference)
{
    public PurchasePriceException(string loanId, LocalDate purchaseDate, decimal pricePaid, decimal computedPrice, decimal difference)
        : this("purchase-price", loanId, purchaseDate, pricePaid, computedPrice, difference) { }
}

/// <summary>A Valuation Date's exception from the collateral engine (<see cref="ValuationExceptionModel"/>).</summary>
public sealed record ValuationException(string Kind, LocalDate ValuationDate, ValuationExceptionModel Detail)
{
    public ValuationException(LocalDate valuationDate, ValuationExceptionModel detail) : this("valuation", valuationDate, detail) { }
}
