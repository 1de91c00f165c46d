using System.Text.Json;
using Ical.Net;
using Ical.Net.DataTypes;
using Reporting.Testing;

namespace Reporting.Tests.Cli;

/// <summary>
/// <c>reporting watch BOOK --as-of D</c> run as a user would: the JSON shape of docs/watch.md, the
/// .ics read back with Ical.Net, byte-identical files from the same inputs, a bad deal in the book.
/// The sample deals form the book (deals/ holds one deal folder each).
/// </summary>
public class WatchCommandTests
{
    [Fact]
    public void JsonHasTheDocumentedShape()
    {
        var run = CliRun.Of("watch", "deals", "--as-of", "2007-08-20", "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(new[] { "as_of", "business_days", "deals", "failures", "summary" }, Keys(root));
        Assert.Equal("2007-08-20", root.GetProperty("as_of").GetString());
        Assert.Equal(10, root.GetProperty("business_days").GetInt32());

        var deals = root.GetProperty("deals").EnumerateArray().ToArray();
        // Every sample deal is watched, in the book's (folder name) order.
        Assert.Equal(SampleDealIds(), deals.Select(d => d.GetProperty("deal_id").GetString()));
        var downgrade = deals.Single(d => d.GetProperty("deal_id").GetString() == "gmacm-2006-he3-downgrade");
        Assert.Equal(new[] { "deal_id", "deal_name", "scenario", "folder", "calendar", "window_end", "deadlines", "exceptions", "stale_inputs" }, Keys(downgrade));
        Assert.Equal(("USNY", "2007-09-04"), (downgrade.GetProperty("calendar").GetString(), downgrade.GetProperty("window_end").GetString()));

        var transfer = downgrade.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "collateral-transfer");
        Assert.Equal(new[] { "date", "kind", "reference", "party", "amount", "calendar", "state" }, Keys(transfer));
        Assert.Equal(("2007-08-21", "delivery/2007-08-17", "JPMC", 8948000.00m, "USNY", "open"),
            (transfer.GetProperty("date").GetString(), transfer.GetProperty("reference").GetString(), transfer.GetProperty("party").GetString(),
             transfer.GetProperty("amount").GetDecimal(), transfer.GetProperty("calendar").GetString(), transfer.GetProperty("state").GetString()));
        // Only the window: the remedy deadline of Event I (June) is not listed.
        Assert.All(downgrade.GetProperty("deadlines").EnumerateArray(),
            d => Assert.InRange(d.GetProperty("date").GetString()!, "2007-08-20", "2007-09-04"));

        var exception = deals.SelectMany(d => d.GetProperty("exceptions").EnumerateArray()).First();
        Assert.Equal(new[] { "kind", "date", "reference", "party", "amount", "detail" }, Keys(exception));
        Assert.Equal(new[] { "deals", "failed", "deadlines", "exceptions", "stale_inputs" }, Keys(root.GetProperty("summary")));
        Assert.Equal(SampleDealIds().Length, root.GetProperty("summary").GetProperty("deals").GetInt32());
    }

    [Fact]
    public void StaleInputsInJson()
    {
        var run = CliRun.Of("watch", "deals/ramp-2006-rs3", "--as-of", "2009-02-01", "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var stale = Assert.Single(json.RootElement.GetProperty("deals")[0].GetProperty("stale_inputs").EnumerateArray());
        Assert.Equal(new[] { "input", "file", "latest", "expected" }, Keys(stale));
        Assert.Equal(("loan-tape", "loans.csv", "2008-12-31", "2009-01-01"),
            (stale.GetProperty("input").GetString(), stale.GetProperty("file").GetString(), stale.GetProperty("latest").GetString(), stale.GetProperty("expected").GetString()));
    }

    [Fact]
    public void TheCalendarHoldsEveryDeadlineAsAllDayEventsWithStableUidsAndIsByteIdenticalOnARerun()
    {
        using var folder = new TemporaryFolder();
        var first = folder.Combine("book.ics");
        var second = folder.Combine("again.ics");
        Assert.Equal(0, CliRun.Of("watch", "deals", "--as-of", "2007-08-20", "--ics", first, "--json").ExitCode);
        Assert.Equal(0, CliRun.Of("watch", "deals", "--as-of", "2007-08-20", "--ics", second, "--days", "3").ExitCode);
        // The window does not change the calendar: every deadline of the book is in it.
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));

        var calendar = Calendar.Load(File.ReadAllText(first))!;
        var events = calendar.Events.ToArray();
        Assert.Equal(events.Length, events.Select(e => e.Uid).Distinct().Count());
        // 20 cap periods and a premium for each GMACM cap, past deadlines included (the premium of 2006).
        Assert.Equal(21, events.Count(e => e.Uid!.StartsWith("gmacm-2006-he3/", StringComparison.Ordinal)));

        var remedy = events.Single(e => e.Uid == "gmacm-2006-he3-downgrade/ratings-event-remedy/II/2007-08-14@reporting-watch");
        Assert.Equal(new DateOnly(2007, 8, 28), remedy.DtStart!.Date);
        Assert.False(remedy.DtStart.HasTime); // VALUE=DATE: an all-day event
        Assert.Equal(new DateOnly(2007, 8, 29), remedy.DtEnd!.Date);
        Assert.Equal("gmacm-2006-he3-downgrade: Remedy of Ratings Event II (occurred 2007-08-14)", remedy.Summary);
        Assert.Equal(new DateTime(2007, 8, 20, 0, 0, 0, DateTimeKind.Utc), remedy.DtStamp!.AsUtc);
        Assert.Contains("DTSTART;VALUE=DATE:20070828", File.ReadAllText(first));

        // A later watch date updates the same events (same UIDs), stamped later, and adds what became known since.
        var later = folder.Combine("later.ics");
        Assert.Equal(0, CliRun.Of("watch", "deals", "--as-of", "2007-08-27", "--ics", later, "--json").ExitCode);
        var laterEvents = Calendar.Load(File.ReadAllText(later))!.Events.ToArray();
        Assert.Subset(laterEvents.Select(e => e.Uid).ToHashSet(), events.Select(e => e.Uid).ToHashSet());
        Assert.Contains(laterEvents, e => e.Uid == "gmacm-2006-he3-downgrade/failure-to-transfer-grace-end/delivery/2007-08-17@reporting-watch"
            && e.DtStart!.Date == new DateOnly(2007, 8, 24));
        Assert.All(laterEvents, e => Assert.Equal(new DateTime(2007, 8, 27, 0, 0, 0, DateTimeKind.Utc), e.DtStamp!.AsUtc));
    }

    [Fact]
    public void ThePdfIsTheWatchListInWordsAndByteIdenticalOnARerun()
    {
        using var folder = new TemporaryFolder();
        var first = folder.Combine("watch.pdf");
        var second = folder.Combine("again.pdf");
        Assert.Equal(0, CliRun.Of("watch", "deals", "--as-of", "2007-08-20", "--pdf", first).ExitCode);
        Assert.Equal(0, CliRun.Of("watch", "deals", "--as-of", "2007-08-20", "--pdf", second).ExitCode);
        var bytes = File.ReadAllBytes(first);
        Assert.Equal(bytes, File.ReadAllBytes(second));
        var text = PdfText.Describe(bytes);
        // Table cells wrap: each phrase is checked on its first line.
        Assert.Contains("Remedy of Ratings Event II (occurred", text);
        Assert.Contains("Transfer of the Delivery Amount of the", text);
        Assert.Contains("has no notice address", text);
        Assert.Contains("INCLUDES HYPOTHETICAL OR SYNTHETIC DEALS", text);
    }

    [Fact]
    public void ABadDealIsReportedTheOthersAreWatchedAndTheExitCodeSaysSo()
    {
        using var book = new TemporaryFolder();
        Folders.Copy(Repo.Deal("gmacm-2006-he3-downgrade"), book.Combine("good"));
        Folders.Copy(Repo.Deal("bny-2007-corridor"), book.Combine("broken"));
        File.WriteAllText(book.Combine("broken", "schedule.csv"), "period_start,period_end,notional,strike_percent\n2007-02-30,2007-03-19,1,5\n");
        var ics = book.Combine("book.ics");

        var run = CliRun.Of("watch", book.Path, "--as-of", "2007-08-20", "--json", "--ics", ics);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("gmacm-2006-he3-downgrade", Assert.Single(json.RootElement.GetProperty("deals").EnumerateArray()).GetProperty("deal_id").GetString());
        var failure = Assert.Single(json.RootElement.GetProperty("failures").EnumerateArray());
        Assert.Equal(new[] { "deal_folder", "failure", "errors" }, Keys(failure));
        Assert.Equal("bad-input", failure.GetProperty("failure").GetString());
        Assert.Contains(failure.GetProperty("errors").EnumerateArray(), e => e.GetString()!.StartsWith("schedule.csv:2:", StringComparison.Ordinal));
        Assert.Contains("broken", run.Stderr);
        // The good deal's calendar is written all the same.
        Assert.Contains(Calendar.Load(File.ReadAllText(ics))!.Events, e => e.Uid!.StartsWith("gmacm-2006-he3-downgrade/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--days", "-1")]
    [InlineData("--as-of", "2007-02-30")]
    public void UsageErrorsExitWithTwo(string option, string value)
    {
        var args = new List<string> { "watch", "deals", "--as-of", "2007-08-20" };
        if (option == "--as-of") args[3] = value;
        else args.AddRange([option, value]);
        var run = CliRun.Of(args.ToArray());
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void TheTableIsPlainTextWhenNotATerminal()
    {
        var run = CliRun.Of("watch", "deals", "--as-of", "2007-08-20", "--days", "1");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("\u001b[", run.Stdout);
        // One business day: 20 and 21 August. The call's notice and transfer, and the Event II notice.
        Assert.Contains("collateral-transfer", run.Stdout);
        Assert.DoesNotContain("ratings-event-remedy", run.Stdout);
        Assert.Contains($"2007-08-20: {SampleDealIds().Length} deals watched, 0 could not be read; ", run.Stdout);
        Assert.Contains(" deadlines in the window", run.Stdout);
    }

    private static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    /// <summary>The sample deals' folder names, sorted as the book lists them.</summary>
    private static string[] SampleDealIds() =>
        Directory.GetDirectories(Repo.Path("deals")).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
}
