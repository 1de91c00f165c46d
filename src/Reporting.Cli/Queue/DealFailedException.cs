namespace Reporting.Cli.Queue;

/// <summary>A deal-month that failed for a reason running it again cannot change (bad input, a refused run folder): not retried.</summary>
public sealed class DealFailedException(string message) : Exception(message);
