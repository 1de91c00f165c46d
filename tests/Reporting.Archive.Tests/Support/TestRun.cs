using NodaTime;
using NodaTime.Testing;
using Reporting.Archive.Store;
using Reporting.Testing;

namespace Reporting.Archive.Tests.Support;

/// <summary>
/// A deal folder, a templates folder and run folders made from them by <see cref="FakeRunRenderer"/>,
/// all inside one temporary folder, plus an archive there.
/// </summary>
internal sealed class TestRun : IDisposable
{
    private readonly TemporaryFolder _temp = new();
    private int _runs;

    public TestRun(string fixings = "date,rate\n2007-02-22,5.32000\n")
    {
        Directory.CreateDirectory(DealFolder);
        Directory.CreateDirectory(Path.Combine(TemplatesFolder, "documents"));
        File.WriteAllText(Path.Combine(DealFolder, "deal.yaml"), "id: gmacm-2006-he3\nname: GMACM Home Equity Loan Trust 2006-HE3 Rate Cap\n");
        File.WriteAllText(Path.Combine(DealFolder, "unlisted-notes.txt"), "not an input of the run: must not be archived");
        SetFixings(fixings);
        SetTemplate("Monthly Trustee Statement");
    }

    public string Root => _temp.Path;

    public string DealFolder => _temp.Combine("deal");

    public string TemplatesFolder => _temp.Combine("templates");

    public string ArchiveFolder => _temp.Combine("archive");

    public string Combine(params string[] parts) => _temp.Combine(parts);

    public static IClock Clock { get; } = new FakeClock(Instant.FromUtc(2024, 5, 6, 7, 8, 9));

    public static ArchiveOptions Options(Action<ArchiveStep>? onStep = null) => new(Clock, TimeSpan.FromMinutes(2), onStep);

    public void SetFixings(string csv) => File.WriteAllText(Path.Combine(DealFolder, "fixings.csv"), csv);

    public void SetTemplate(string text) => File.WriteAllText(Path.Combine(TemplatesFolder, "documents", "statement.sbn"), text);

    /// <summary>Renders the current inputs into a new run folder and returns it.</summary>
    public string Render(string period = "2007-03")
    {
        var folder = _temp.Combine("runs", $"run{++_runs}");
        new FakeRunRenderer().Render(DealFolder, period, TemplatesFolder, folder);
        return folder;
    }

    public ArchivedRun Archive(string runFolder, ArchiveOptions? options = null, string? archive = null) =>
        ArchiveStore.Open(archive ?? ArchiveFolder, options ?? Options()).Add(runFolder, DealFolder, TemplatesFolder);

    public void Dispose() => _temp.Dispose();
}
