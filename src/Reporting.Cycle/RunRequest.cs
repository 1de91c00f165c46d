using NodaTime;

namespace Reporting.Cycle;

/// <summary>One monthly run: a deal folder, the month, where the templates are and where the run folder goes.</summary>
public sealed record RunRequest(string DealFolder, YearMonth Period, string TemplatesFolder, string OutputFolder);
