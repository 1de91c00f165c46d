using NodaTime.Text;
using Reporting.Archive.Verification;
using Reporting.Cycle;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Cli;

/// <summary>Re-renders an archived run with the monthly cycle itself, for <c>reporting verify</c>.</summary>
internal sealed class CycleRunRenderer : IRunRenderer
{
    public void Render(string dealFolder, string period, string templatesFolder, string outputFolder)
    {
        var month = YearMonthPattern.Iso.Parse(period);
        if (!month.Success) throw new InputException(new Diagnostic("manifest.json", 0, 0, "period", $"'{period}' is not a month (expected yyyy-mm)"));
        MonthlyCycle.Run(new RunRequest(dealFolder, month.Value, templatesFolder, outputFolder));
    }
}
