using NodaTime.Text;
using Reporting.Archive.Lifecycle;
using Reporting.Cycle;
using Reporting.RunFormat;

namespace Reporting.Cli;

/// <summary>Renders one document of an archived run as issued, with the monthly cycle itself.</summary>
internal sealed class CycleIssueRenderer : IIssueRenderer
{
    public byte[] RenderIssued(string dealFolder, string period, string templatesFolder, string documentPath, IssueMarking marking)
    {
        var month = YearMonthPattern.Iso.Parse(period);
        if (!month.Success) throw new InputException(new Diagnostic("manifest.json", 0, 0, "period", $"'{period}' is not a month (expected yyyy-mm)"));
        var amends = marking.AmendsReference is { } reference
            ? new Amendment(reference, LocalDatePattern.Iso.Parse(marking.AmendsDate ?? "").GetValueOrThrow(), marking.Reason ?? "")
            : null;
        return MonthlyCycle.RenderIssued(new RunRequest(dealFolder, month.Value, templatesFolder, ""), documentPath, new DocumentMarking(false, amends));
    }
}
