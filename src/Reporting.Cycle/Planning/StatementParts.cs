using Reporting.Cycle.Models;

namespace Reporting.Cycle.Planning;

/// <summary>The statement's parts as sources fill them in.</summary>
public sealed record StatementParts(CapSection? Cap, RatingsSection? Ratings, CollateralSection? Collateral, LoansSection? Loans, List<string> Exceptions);
