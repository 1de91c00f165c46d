namespace Reporting.Cli.Queue;

/// <summary>A deal-month that failed for a reason that may pass (a file that could not be written, a defect met by chance): retried.</summary>
public sealed class DealRetryException(string message) : Exception(message);
