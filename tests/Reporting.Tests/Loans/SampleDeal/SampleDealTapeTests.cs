using static Reporting.Tests.Loans.LoanTestSupport;

namespace Reporting.Tests.Loans.SampleDeal;

/// <summary>
/// The committed <c>loans.csv</c> and <c>purchases.csv</c> of <c>deals/ramp-2006-rs3</c> are
/// exactly what <see cref="Ramp2006Rs3Tape"/> generates. To regenerate them after changing the
/// generator: <c>REGENERATE_SAMPLE_TAPE=1 dotnet test tests/Reporting.Tests --filter SampleDealTapeTests</c>.
/// </summary>
public class SampleDealTapeTests
{
    [Fact]
    public void Committed_tape_is_the_generator_output()
    {
        var folder = SampleDealFolder();
        var expected = new Dictionary<string, string>
        {
            ["loans.csv"] = Ramp2006Rs3Tape.LoansCsv(),
            ["purchases.csv"] = Ramp2006Rs3Tape.PurchasesCsv(),
        };
        if (Environment.GetEnvironmentVariable("REGENERATE_SAMPLE_TAPE") == "1")
        {
            foreach (var (name, text) in expected) File.WriteAllText(Path.Combine(folder, name), text);
        }
        foreach (var (name, text) in expected)
        {
            Assert.Equal(text, File.ReadAllText(Path.Combine(folder, name)).ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public void Generator_is_deterministic()
    {
        Assert.Equal(Ramp2006Rs3Tape.LoansCsv(), Ramp2006Rs3Tape.LoansCsv());
    }
}
