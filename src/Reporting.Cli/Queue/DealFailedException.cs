namespace Reporting.Cli.Queue;

/// <summary>A deal-month that failed for a reason running it again cannot change (bad input, a refused run folder): not retried.</summary>
public sealed class DealFailedException(string message) : Exception(message);

/// <summary>A deal-month that failed for a reason that may pass (a file that could not be written, a defect met by chance): retried.</summary>
public sealed class DealRetryException(string message) : Exception(message);
