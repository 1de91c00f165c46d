using NodaTime;
using Reporting.Cycle;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.Templating;
using Reporting.RunFormat;
using Reporting.Testing;

namespace Reporting.Tests.Hardening;

/// <summary>
/// Paths from data never lead outside their folders: deal ids are safe slugs, input files and
/// templates resolve inside their folder with no link on the way, and no error quotes an outside file.
/// </summary>
public class PathConfinementTests : IDisposable
{
    private const string Secret = "TOP-SECRET-LINE-OF-AN-OUTSIDE-FILE";
    private readonly string _outside = Directory.CreateTempSubdirectory("reporting-outside-").FullName;

    public PathConfinementTests()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.csv"), Secret + "\nentity,agency,term,rating,watch,effective_date\n");
    }

    public void Dispose() => Directory.Delete(_outside, recursive: true);

    public static TheoryData<string> UnsafeIds() => new() { "/some/dir", "../../x", "..", "a/b", "''", "Upper-Case", "x.y", "-lead", new string('a', 65), "a\\\\b" };

    [Theory]
    [MemberData(nameof(UnsafeIds))]
    public void AnUnsafeDealIdIsALocatedErrorAndNothingIsWritten(string id)
    {
        using var deal = new TempDeal("gmacm-2006-he3");
        deal.Replace("deal.yaml", "id: gmacm-2006-he3", $"id: {id}");
        var error = Assert.Throws<InputException>(() => DealLoader.LoadTerms(deal.Folder));
        var only = Assert.Single(error.Errors);
        Assert.Equal(("deal.yaml", "id"), (only.File, only.Field));
        Assert.True(only.Line > 0 && only.Column > 0, only.ToString());
    }

    [Fact]
    public void TheCliRefusesAnAbsoluteIdBeforeWritingAnything()
    {
        using var scratch = new Scratch("gmacm-2006-he3");
        var victim = Path.Combine(_outside, "victim");
        Directory.CreateDirectory(Path.Combine(victim, "2007-08"));
        File.WriteAllText(Path.Combine(victim, "2007-08", "keep.txt"), "mine");
        var yaml = File.ReadAllText(scratch.DealFile("deal.yaml")).Replace("id: gmacm-2006-he3", $"id: {victim}");
        File.WriteAllText(scratch.DealFile("deal.yaml"), yaml);
        var run = scratch.Run("2007-08");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("deal.yaml:8:5: id:", run.Stderr);
        Assert.Contains("nothing was written", run.Stderr);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(victim, "2007-08", "keep.txt")));
        Assert.False(Directory.Exists(scratch.Archive));
    }

    public static TheoryData<string, string> OutsideNames() => new()
    {
        { "ratings_file: ratings.csv", "ratings_file: OUTSIDE/secret.csv" },
        { "ratings_file: ratings.csv", "ratings_file: ../secret.csv" },
        { "actions_file: actions.csv", "actions_file: sub/../../secret.csv" },
        { "schedule_file: schedule.csv", "schedule_file: ./schedule.csv" },
        { "fixings_file: fixings.csv", "fixings_file: ''" },
        { "exposures_file: exposures.csv", "exposures_file: ~/secret.csv" },
    };

    [Theory]
    [MemberData(nameof(OutsideNames))]
    public void AFileKeyOutsideTheDealFolderIsALocatedErrorThatQuotesNothing(string find, string replace)
    {
        using var deal = new TempDeal("gmacm-2006-he3-downgrade");
        deal.Replace("deal.yaml", find, replace.Replace("OUTSIDE", _outside));
        var error = Assert.Throws<InputException>(() => MonthlyCycle.Load(Request(deal.Folder)));
        var only = Assert.Single(error.Errors);
        Assert.Equal("deal.yaml", only.File);
        Assert.True(only.Line > 0, only.ToString());
        Assert.DoesNotContain(Secret, only.ToString());
    }

    [Fact]
    public void ALinkedInputFileIsRefusedWithoutReadingIt()
    {
        using var deal = new TempDeal("gmacm-2006-he3-downgrade");
        File.Delete(deal.Path("ratings.csv"));
        File.CreateSymbolicLink(deal.Path("ratings.csv"), Path.Combine(_outside, "secret.csv"));
        var error = Assert.Throws<InputException>(() => MonthlyCycle.Load(Request(deal.Folder)));
        Assert.Equal("ratings.csv: is a symbolic link; a deal folder must hold its input files themselves (copy the file in)", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void AnUnusedLinkInTheDealFolderIsRefusedTooBecauseTheArchiveCopiesTheFolder()
    {
        using var deal = new TempDeal("gmacm-2006-he3");
        File.CreateSymbolicLink(deal.Path("notes.txt"), Path.Combine(_outside, "secret.csv"));
        var error = Assert.Throws<InputException>(() => DealLoader.LoadTerms(deal.Folder));
        Assert.StartsWith("notes.txt: is a symbolic link", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void AFileReachedThroughALinkedFolderIsRefused()
    {
        using var deal = new TempDeal("gmacm-2006-he3-downgrade");
        Directory.CreateSymbolicLink(deal.Path("data"), _outside);
        deal.Replace("deal.yaml", "ratings_file: ratings.csv", "ratings_file: data/secret.csv");
        var error = Assert.Throws<InputException>(() => MonthlyCycle.Load(Request(deal.Folder)));
        Assert.All(error.Errors, e => Assert.DoesNotContain(Secret, e.ToString()));
        Assert.Contains(error.Errors, e => e.ToString() == "data: is a symbolic link; a deal folder must hold its input files themselves (copy the file in)");
        // The path check itself refuses the linked folder on the way, not only a linked last element.
        Assert.Null(ConfinedPath.Resolve(deal.Folder, "data/secret.csv", out var problem));
        Assert.Contains("symbolic link (data)", problem);
    }

    [Fact]
    public void ATemplateLinkedFolderCannotBeIncluded()
    {
        var templates = Directory.CreateTempSubdirectory("reporting-templates-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(templates, "a.sbn"), "x");
            Directory.CreateSymbolicLink(Path.Combine(templates, "linked"), _outside);
            File.CreateSymbolicLink(Path.Combine(templates, "b.sbn"), Path.Combine(_outside, "secret.csv"));
            var loader = new ConfinedTemplateLoader(templates);
            Assert.NotNull(loader.Resolve("a.sbn"));
            Assert.Null(loader.Resolve("linked/secret.csv"));
            Assert.Null(loader.Resolve("b.sbn"));
            Assert.Null(loader.Resolve("../x.sbn"));
            Assert.Null(loader.Resolve(Path.Combine(_outside, "secret.csv")));
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }

    [Fact]
    public void ALinkInTheTemplatesFolderOrADealTemplateThroughOneIsALocatedError()
    {
        var templates = Directory.CreateTempSubdirectory("reporting-templates-").FullName;
        try
        {
            Folders.Copy(Repo.Path("templates"), templates);
            Directory.CreateSymbolicLink(Path.Combine(templates, "deals"), _outside);
            File.WriteAllText(Path.Combine(_outside, "confirmation.sbn"), Secret);
            using var deal = new TempDeal("gmacm-2006-he3");
            File.AppendAllText(deal.Path("deal.yaml"), "\ntemplates:\n  confirmation: deals/confirmation.sbn\n");
            var error = Assert.Throws<InputException>(() => MonthlyCycle.Load(new RunRequest(deal.Folder, new YearMonth(2006, 9), templates, Path.Combine(deal.Folder, "out"))));
            Assert.Equal("templates/deals: is a symbolic link; the templates folder must hold its templates themselves", Assert.Single(error.Errors).ToString());
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }

    private static RunRequest Request(string dealFolder) =>
        new(dealFolder, new YearMonth(2007, 8), Repo.Path("templates"), Path.Combine(dealFolder, "out"));
}
