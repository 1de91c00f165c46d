using NodaTime;

namespace Reporting.Cap;

/// <summary>A published rate of an index on a fixing date, in percent.</summary>
public sealed record Fixing(string Index, LocalDate Date, decimal RatePercent);
