namespace Reporting.Cycle;

public enum OutputFormat
{
    Pdf,
    Xlsx,
}
