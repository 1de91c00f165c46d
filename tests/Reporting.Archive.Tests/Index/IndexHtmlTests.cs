using Reporting.Archive.Tests.Support;
using Xunit.Abstractions;

namespace Reporting.Archive.Tests.Index;

public sealed class IndexHtmlTests(ITestOutputHelper output)
{
    [Fact]
    public void The_page_lists_every_document_with_a_relative_link_its_date_and_hash()
    {
        using var run = new TestRun();
        run.Archive(run.Render("2007-03"));
        var html = File.ReadAllText(Path.Combine(run.ArchiveFolder, "index.html"));

        Assert.Contains("<a href=\"gmacm-2006-he3/2007-03/v0001/documents/notice-2007-03.pdf\">Cap Payment Notice, 2007-03</a>", html);
        Assert.Contains("<td>2007-03-23</td>", html);
        Assert.DoesNotContain("2024-05-06", html); // the archiving time (the clock) stays out of the page
    }

    [Fact]
    public void Chromium_renders_the_page_with_one_row_per_document()
    {
        using var run = new TestRun();
        run.Archive(run.Render("2007-03"));
        run.Archive(run.Render("2007-04"));
        var url = new Uri(Path.Combine(run.ArchiveFolder, "index.html")).AbsoluteUri;

        var dom = Chromium.DumpDom(url);
        Assert.Equal(6, dom.Split("<tr class=\"document\">").Length - 1);
        Assert.Contains("href=\"gmacm-2006-he3/2007-04/v0001/documents/statement-2007-04.pdf\"", dom);

        // Kept under the test output folder so a person can look at it after the run.
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "archive-index.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);
        Chromium.Screenshot(url, screenshot);
        output.WriteLine($"Screenshot of index.html: {screenshot}");
        Console.WriteLine($"Screenshot of index.html: {screenshot}");
        var png = File.ReadAllBytes(screenshot);
        Assert.True(png.Length > 10_000, $"screenshot is only {png.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }
}
