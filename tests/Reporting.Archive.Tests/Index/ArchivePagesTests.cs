using Reporting.Archive.Index;
using Reporting.Archive.Tests.Support;
using Reporting.Testing;
using Xunit.Abstractions;

namespace Reporting.Archive.Tests.Index;

/// <summary>The auditor's page: a static page from templates/archive and one small file of facts per deal and period.</summary>
public sealed class ArchivePagesTests(ITestOutputHelper output)
{
    [Fact]
    public void An_add_writes_only_its_deal_periods_facts_and_lists_it_once()
    {
        using var run = Pages();
        run.Archive(run.Render("2007-03"));
        var march = Path.Combine(run.ArchiveFolder, "pages", "gmacm-2006-he3", "2007-03.js");
        var facts = File.ReadAllText(march);
        Assert.Contains("\"path\":\"gmacm-2006-he3/2007-03/v0001/documents/notice-2007-03.pdf\"", facts);
        Assert.Contains("\"date\":\"2007-03-23\"", facts);
        Assert.DoesNotContain("2024-05-06", facts); // the archiving time (the clock) stays out of the page

        // The next month adds its own file and one line to the list; March's file is not touched.
        var marchWritten = File.GetLastWriteTimeUtc(march);
        File.SetLastWriteTimeUtc(march, marchWritten.AddDays(-1));
        run.Archive(run.Render("2007-04"));
        Assert.Equal(marchWritten.AddDays(-1), File.GetLastWriteTimeUtc(march));
        Assert.Equal(
            "archive.period(\"gmacm-2006-he3\",\"2007-03\");\narchive.period(\"gmacm-2006-he3\",\"2007-04\");\n",
            File.ReadAllText(Path.Combine(run.ArchiveFolder, ArchivePages.ListFile)));
        // The static page is the template, byte for byte: its words live in templates/.
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Root, "templates", "archive", "index.html")), File.ReadAllBytes(Path.Combine(run.ArchiveFolder, "index.html")));
    }

    [Fact]
    public void A_list_line_cut_by_a_kill_is_cut_back_before_the_next_line_is_appended()
    {
        using var run = Pages();
        run.Archive(run.Render("2007-03"));
        var list = Path.Combine(run.ArchiveFolder, ArchivePages.ListFile);
        File.AppendAllText(list, "archive.period(\"gmacm-2006-he3\",\"20"); // a process killed mid-write

        run.Archive(run.Render("2007-04"));
        Assert.Equal(
            "archive.period(\"gmacm-2006-he3\",\"2007-03\");\narchive.period(\"gmacm-2006-he3\",\"2007-04\");\n",
            File.ReadAllText(list));
    }

    [Fact]
    public void Chromium_renders_the_page_from_the_file_system_with_one_row_per_document()
    {
        using var run = Pages();
        run.Archive(run.Render("2007-03"));
        run.Archive(run.Render("2007-04"));
        var url = new Uri(Path.Combine(run.ArchiveFolder, "index.html")).AbsoluteUri;

        using (var page = DevToolsPage.Open(url))
        {
            page.WaitFor("document.body.getAttribute('data-ready') === 'true'");
            Assert.Equal(6, page.Evaluate("document.querySelectorAll('#documents tbody tr').length").GetInt32());
            Assert.Equal(2, page.Evaluate("document.querySelectorAll('#runs tbody tr').length").GetInt32());
            Assert.Equal("gmacm-2006-he3/2007-04/v0001/documents/statement-2007-04.pdf",
                page.Evaluate("[...document.querySelectorAll('#documents a')].map(a => a.getAttribute('href')).find(h => h.includes('statement-2007-04'))").GetString());
            Assert.Contains("draft", page.Evaluate("document.querySelector('#runs tbody tr .state').textContent").GetString());
        }

        // Kept under the test output folder so a person can look at it after the run.
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "archive-index.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);
        Chromium.Screenshot(url, screenshot);
        output.WriteLine($"Screenshot of index.html: {screenshot}");
        var png = File.ReadAllBytes(screenshot);
        Assert.True(png.Length > 10_000, $"screenshot is only {png.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }

    /// <summary>A test run whose templates folder has the repository's page, as a real templates folder does.</summary>
    private static TestRun Pages()
    {
        var run = new TestRun();
        var page = Path.Combine(run.TemplatesFolder, "archive", "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        File.Copy(Path.Combine(Repo.Root, "templates", "archive", "index.html"), page);
        return run;
    }
}
