using Reporting.RunFormat;
using NodaTime;
using Reporting.Cycle;
using Reporting.Inputs;
using Reporting.Testing;

namespace Reporting.Tests.Cycle;

/// <summary>
/// Load once: a monthly run opens each input file of the deal exactly once, however many
/// contracts, engines and documents use it (Schedule I feeds the cap and the Volatility Buffer,
/// the ratings history both the ratings events and the Threshold; the loan tape both the
/// statement and the eligibility report).
/// </summary>
public sealed class InputReadsTests
{
    [Theory]
    [InlineData("gmacm-2006-he3", "2006-08")]           // confirmation, statement, cap workbook
    [InlineData("gmacm-2006-he3-downgrade", "2007-08")] // ratings notices, collateral demand and call, collateral workbook
    [InlineData("ramp-2006-rs3", "2007-06")]            // statement and eligibility report dated on different calendars' days
    [InlineData("bny-2007-corridor", "2007-09")]        // Schedule I with a Ceiling Rate per period
    [InlineData("corridor-2007-payment-dates", "2006-11")] // a deal-defined calendar; payments adjusted apart from the periods
    public void EveryInputFileIsOpenedExactlyOnce(string dealId, string period)
    {
        var files = new CountingInputFiles(new InputFolder(Repo.Deal(dealId)));
        var output = Directory.CreateTempSubdirectory("reporting-reads-").FullName;
        try
        {
            var month = NodaTime.Text.YearMonthPattern.Iso.Parse(period).GetValueOrThrow();
            var manifest = MonthlyCycle.Run(new RunRequest(Repo.Deal(dealId), month, Repo.Path("templates"), Path.Combine(output, "run")), files);
            Assert.NotEmpty(manifest.Outputs);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }

        // The inputs are every file of the sample deal but its README.
        var inputs = Directory.GetFiles(Repo.Deal(dealId)).Select(Path.GetFileName).Where(n => n != "README.md").Order(StringComparer.Ordinal);
        Assert.Equal(inputs.Select(n => $"{n} x1"), files.Opens.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} x{o.Value}"));
    }

    [Fact]
    public void AnErrorInAFileTwoContractsUseIsReportedOnceWithTheOtherFilesErrors()
    {
        // schedule.csv feeds the cap and the Volatility Buffer; ratings.csv the ratings events and
        // the Threshold. Each is read once, so each error is listed once, and all come together.
        using var deal = new TempDeal("gmacm-2006-he3-downgrade");
        deal.Replace("schedule.csv", "2006-10-25,2006-11-25,551856988.76,7.60", "2006-10-25,2006-11-25,551856988.76,760");
        deal.Replace("ratings.csv", "JPMC,S&P,short,A-1+,none,2006-08-01", "JPMC,S&P,short,A-11,none,2006-08-01");
        var files = new CountingInputFiles(new InputFolder(deal.Folder));

        var errors = Assert.Throws<InputException>(() =>
                MonthlyCycle.Prepare(new RunRequest(deal.Folder, new YearMonth(2007, 8), Repo.Path("templates"), "unused"), files))
            .Errors.Select(e => e.ToString()).ToArray();

        Assert.Collection(errors,
            e => Assert.Equal("schedule.csv:3:4: column strike_percent: '760' is not a rate in percent (expected 0 to 100)", e),
            e => Assert.StartsWith("ratings.csv:3:4: column rating: 'A-11' is not ", e));
        Assert.All(files.Opens, o => Assert.Equal(1, o.Value));
    }

    /// <summary>The files of a folder, counting how often each is opened.</summary>
    private sealed class CountingInputFiles(IInputFiles inner) : IInputFiles
    {
        private readonly Dictionary<string, int> _opens = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, int> Opens => _opens;

        public string Folder => inner.Folder;

        public InputFileProblem? Check(string name) => inner.Check(name);

        public TextReader OpenText(string name)
        {
            _opens[name] = _opens.GetValueOrDefault(name) + 1;
            return inner.OpenText(name);
        }
    }
}
