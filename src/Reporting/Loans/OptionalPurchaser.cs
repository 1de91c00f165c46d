namespace Reporting.Loans;

/// <summary>
/// A party that holds the option (an entry of <c>optional_purchase.purchasers</c>).
/// </summary>
/// <param name="Party">The party key under <c>parties:</c>.</param>
/// <param name="ExclusiveDays">
/// When set, only this purchaser may buy a loan from the day its window opens through this many
/// calendar days after that day ("during the first ten days after a Mortgage Loan becomes 90 days
/// delinquent, the Depositor has the exclusive option"); the others may buy from the day after.
/// </param>
public sealed record OptionalPurchaser(string Party, int? ExclusiveDays = null);
