using Reporting.Cycle.Models;

namespace Reporting.Cycle.Planning;

/// <summary>
/// The statement's parts as sources fill them in. <see cref="Exceptions"/> holds the exception
/// records of <c>Models/StatementExceptionModels.cs</c>, each naming its kind, in the order listed.
/// </summary>
public sealed record StatementParts(CapSection? Cap, RatingsSection? Ratings, CollateralSection? Collateral, LoansSection? Loans, List<object> Exceptions);
