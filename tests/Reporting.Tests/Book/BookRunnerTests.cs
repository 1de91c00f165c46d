using NodaTime;
using Reporting.Cycle;
using Reporting.Cycle.Book;
using Reporting.RunFormat;
using Reporting.Testing;

namespace Reporting.Tests.Book;

/// <summary>A book run: every deal in one process, renderers shared across deals, one bad deal reported without stopping the others.</summary>
public sealed class BookRunnerTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("book-runner-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void A_bad_deal_is_reported_with_its_errors_and_the_other_deals_run()
    {
        var book = Path.Combine(_work, "book");
        foreach (var id in new[] { "gmacm-2006-he3", "ramp-2006-rs3" }) Folders.Copy(Repo.Deal(id), Path.Combine(book, id));
        Directory.CreateDirectory(Path.Combine(book, "broken"));
        File.WriteAllText(Path.Combine(book, "broken", "deal.yaml"), "id: broken\n");

        var summary = new BookRunner(Request(BookDeals.Resolve(book), parallelism: 2), archive: null).Run();

        Assert.Equal(3, summary.Deals);
        Assert.Equal(2, summary.Succeeded);
        Assert.Equal(1, summary.Failed);
        var broken = summary.Outcomes[0]; // the book's order: broken, gmacm-…, ramp-…
        Assert.Equal(DealOutcome.BadInput, broken.Failure);
        Assert.Contains(broken.Errors, e => e.StartsWith("deal.yaml:", StringComparison.Ordinal) && e.Contains("name"));
        Assert.Equal(new[] { "gmacm-2006-he3", "ramp-2006-rs3" }, summary.Outcomes.Skip(1).Select(o => o.DealId));
        Assert.False(Directory.Exists(Path.Combine(_work, "output", "broken")));
        Assert.All(summary.Outcomes.Skip(1), o => Assert.True(File.Exists(Path.Combine(o.RunFolder!, RunManifest.FileName))));
        Assert.Equal(summary.Outcomes.Sum(o => o.Pages), summary.Pages);
    }

    [Fact]
    public void Each_deal_of_a_book_gets_the_same_bytes_as_its_own_single_run()
    {
        // Two workers, each reusing one renderer for several deals: sharing fonts and parsed templates must not change a byte.
        var deals = new[] { "gmacm-2006-he3", "gmacm-2006-he3-downgrade", "ramp-2006-rs3" }.Select(Repo.Deal).ToList();
        var summary = new BookRunner(Request(deals, parallelism: 2), archive: null).Run();
        Assert.Equal(3, summary.Succeeded);

        foreach (var outcome in summary.Outcomes)
        {
            var alone = Path.Combine(_work, "alone", outcome.DealId!);
            MonthlyCycle.Run(new RunRequest(outcome.DealFolder, new YearMonth(2007, 8), Repo.Path("templates"), alone));
            var files = Directory.GetFiles(alone, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(alone, f)).ToList();
            Assert.Contains(RunManifest.FileName, files);
            foreach (var file in files)
                Assert.True(File.ReadAllBytes(Path.Combine(alone, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(outcome.RunFolder!, file))),
                    $"{outcome.DealId}: {file} differs between the book run and the single run");
        }
    }

    [Fact]
    public void A_list_file_names_deal_folders_relative_to_itself_and_a_line_listed_twice_is_an_error_with_its_line()
    {
        var list = Path.Combine(_work, "book.txt");
        File.WriteAllText(list, $"# the desk's book\n{Path.GetRelativePath(_work, Repo.Deal("gmacm-2006-he3"))}\n\n{Path.GetRelativePath(_work, Repo.Deal("ramp-2006-rs3"))}\n");
        Assert.Equal(new[] { Repo.Deal("gmacm-2006-he3"), Repo.Deal("ramp-2006-rs3") }, BookDeals.Resolve(list));

        File.AppendAllText(list, Path.GetRelativePath(_work, Repo.Deal("ramp-2006-rs3")) + "\n");
        var error = Assert.Throws<InputException>(() => BookDeals.Resolve(list)).Errors.Single();
        Assert.Equal((list, 5), (error.File, error.Line));
        Assert.Contains("listed twice", error.Message);
    }

    [Fact]
    public void A_synthetic_book_is_the_same_for_the_same_seed_and_every_deal_runs()
    {
        var one = SyntheticBook.Generate(Repo.Path("deals"), Path.Combine(_work, "one"), 6, seed: 42);
        var two = SyntheticBook.Generate(Repo.Path("deals"), Path.Combine(_work, "two"), 6, seed: 42);
        var other = SyntheticBook.Generate(Repo.Path("deals"), Path.Combine(_work, "other"), 6, seed: 43);
        Assert.Equal(Snapshot(Path.Combine(_work, "one")), Snapshot(Path.Combine(_work, "two")));
        Assert.NotEqual(Snapshot(Path.Combine(_work, "one")), Snapshot(Path.Combine(_work, "other")));
        Assert.Equal("syn-00002-gmacm-2006-he3-downgrade", Path.GetFileName(one[1]));
        Assert.Contains("scenario: synthetic", File.ReadAllText(Path.Combine(one[0], "deal.yaml")));

        var summary = new BookRunner(Request(one, parallelism: 2), archive: null).Run();
        Assert.True(summary.Failed == 0, string.Join("\n", summary.Outcomes.SelectMany(o => o.Errors)));
        Assert.Equal(6, summary.Succeeded);
    }

    [Fact]
    public void A_book_run_writes_each_deal_as_a_single_run_does_refuses_a_folder_it_did_not_make_and_its_archive_verifies_and_reindexes()
    {
        var book = Path.Combine(_work, "book");
        foreach (var id in new[] { "gmacm-2006-he3", "ramp-2006-rs3" }) Folders.Copy(Repo.Deal(id), Path.Combine(book, id));
        // Someone's own folder where ramp's run folder would go: a run replaces only folders it made.
        var foreign = Path.Combine(_work, "output", "ramp-2006-rs3", "2007-08");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "notes.txt"), "mine");
        var none = new Dictionary<string, string>();

        var run = CliRun.In(_work, none, "run", book, "--period", "2007-08", "--templates", Repo.Path("templates"), "--json");

        // The refused folder is the worst outcome: exit 2 (usage), as a single run refusing it would exit.
        Assert.True(run.ExitCode == 2, run.Stdout + run.Stderr);
        Assert.Contains("\"refused\"", run.Stdout);
        Assert.Contains("is a folder with other content", run.Stdout);
        Assert.Equal(new[] { "notes.txt" }, Directory.GetFiles(foreign).Select(Path.GetFileName));
        var gmacm = Path.Combine(_work, "output", "gmacm-2006-he3");
        Assert.True(File.Exists(Path.Combine(gmacm, "2007-08", RunFolderOwnership.MarkerFileName)));
        Assert.Equal(new[] { "2007-08" }, Directory.GetDirectories(gmacm).Select(Path.GetFileName)); // no staging left beside it
        var archive = Path.Combine(_work, "archive");
        Assert.True(Directory.Exists(Path.Combine(archive, "gmacm-2006-he3", "2007-08", "v0001")));
        Assert.False(Directory.Exists(Path.Combine(archive, "ramp-2006-rs3")));

        // The index agrees with the version folders (IndexAudit), and a reindex rebuilds it and the auditor's page.
        var verify = CliRun.In(_work, none, "verify", archive, "--hashes-only");
        Assert.True(verify.ExitCode == 0, verify.Stdout + verify.Stderr);
        var facts = Path.Combine(archive, "pages", "gmacm-2006-he3", "2007-08.js");
        Assert.Contains("gmacm-2006-he3/2007-08/v0001/", File.ReadAllText(facts));
        Assert.True(File.Exists(Path.Combine(archive, "index.html")));
        File.Delete(facts);
        File.Delete(Path.Combine(archive, "index.html"));
        var reindex = CliRun.In(_work, none, "archive", "reindex");
        Assert.True(reindex.ExitCode == 0, reindex.Stdout + reindex.Stderr);
        Assert.Contains("gmacm-2006-he3/2007-08/v0001/", File.ReadAllText(facts));
        Assert.True(File.Exists(Path.Combine(archive, "index.html")));
        verify = CliRun.In(_work, none, "verify", archive, "--hashes-only");
        Assert.True(verify.ExitCode == 0, verify.Stdout + verify.Stderr);
    }

    private BookRequest Request(IReadOnlyList<string> deals, int parallelism) =>
        new(deals, new YearMonth(2007, 8), Repo.Path("templates"), Path.Combine(_work, "output"), parallelism);

    private static string Snapshot(string folder) => string.Join("\n", Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => (Path.GetRelativePath(folder, f), Hashes.Sha256OfFile(f))).Order());
}
