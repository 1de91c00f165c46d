using System.Text.Json;
using Reporting.Archive.Tests.Support;

namespace Reporting.Archive.Tests.Cli;

/// <summary>The commands as a user runs them: a real process, its exit code, stdout and stderr.</summary>
public sealed class CliTests
{
    [Fact]
    public void Verify_of_a_path_that_is_not_an_archive_says_so_and_exits_1_without_a_stack_trace()
    {
        using var run = new TestRun();
        var (code, stdout, stderr) = ReportingProcess.Run(run.Root, "verify", run.DealFolder);
        Assert.Equal(1, code);
        Assert.Contains("not inside an archived run version", stderr);
        Assert.DoesNotContain("   at ", stderr + stdout);
    }

    [Fact]
    public void List_of_a_folder_that_is_not_an_archive_exits_1_with_a_message()
    {
        using var run = new TestRun();
        var (code, _, stderr) = ReportingProcess.Run(run.Root, "archive", "list", "--archive", run.DealFolder);
        Assert.Equal(1, code);
        Assert.Contains("not an archive", stderr);
    }

    [Fact]
    public void Add_list_show_search_and_verify_work_together()
    {
        using var run = new TestRun();
        var folder = run.Render();
        var (code, stdout, stderr) = ReportingProcess.Run(run.Root, "archive", "add", folder, "--deal", run.DealFolder, "--templates", run.TemplatesFolder);
        Assert.True(code == 0, stderr);
        Assert.Contains("as v0001", stdout);
        Assert.True(File.Exists(Path.Combine(run.Root, "archive", "index.sqlite")), "the default archive is archive/ in the working directory");

        (code, stdout, _) = ReportingProcess.Run(run.Root, "archive", "list", "--json");
        var runs = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("gmacm-2006-he3/2007-03/v0001", runs[0].GetProperty("path").GetString());
        Assert.Equal(3, runs[0].GetProperty("documents").GetInt32());

        (code, stdout, _) = ReportingProcess.Run(run.Root, "archive", "list", "--documents", "--kind", "trustee-statement", "--json");
        var statement = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Single();
        var hash = statement.GetProperty("original_sha256").GetString()!;

        (code, stdout, _) = ReportingProcess.Run(run.Root, "archive", "search", "--hash", hash[..12], "--json");
        Assert.Equal(statement.GetProperty("path").GetString(), JsonDocument.Parse(stdout).RootElement.GetProperty("documents").EnumerateArray().Single().GetProperty("path").GetString());

        (code, stdout, _) = ReportingProcess.Run(run.Root, "archive", "search", "--from", "2007-03-01", "--to", "2007-03-31", "--addressee", "mellon", "--json");
        Assert.Single(JsonDocument.Parse(stdout).RootElement.GetProperty("documents").EnumerateArray());

        (code, stdout, _) = ReportingProcess.Run(run.Root, "archive", "show", "gmacm-2006-he3/2007-03/v0001", "--json");
        Assert.Equal(0, code);
        Assert.Equal("reporting-run/1", JsonDocument.Parse(stdout).RootElement.GetProperty("manifest").GetProperty("format").GetString());

        (code, stdout, _) = ReportingProcess.Run(run.Root, "archive", "show", statement.GetProperty("path").GetString()!, "--json");
        Assert.Equal(hash, JsonDocument.Parse(stdout).RootElement.GetProperty("manifest_entry").GetProperty("sha256").GetString());

        (code, stdout, _) = ReportingProcess.Run(run.Root, "verify", "archive/gmacm-2006-he3/2007-03/v0001", "--hashes-only");
        Assert.True(code == 0, stdout);
        Assert.Contains("OK:", stdout);

        // The test run's inputs are a stand-in, not a deal the monthly cycle can render: a full
        // verify must not claim success, and must say that the re-render is what failed.
        (code, stdout, _) = ReportingProcess.Run(run.Root, "verify", "archive/gmacm-2006-he3/2007-03/v0001");
        Assert.Equal(3, code);
        Assert.Contains("re-render", stdout);
    }

    [Fact]
    public void A_lost_index_is_a_difference_until_archive_reindex_rebuilds_it()
    {
        using var run = new TestRun();
        run.Archive(run.Render());
        File.Delete(Path.Combine(run.ArchiveFolder, "index.sqlite"));

        var (code, stdout, _) = ReportingProcess.Run(run.Root, "verify", "archive/gmacm-2006-he3/2007-03/v0001", "--hashes-only");
        Assert.Equal(3, code);
        Assert.Contains("index.sqlite: index: the archive has no index.sqlite", stdout);

        (code, stdout, _) = ReportingProcess.Run(run.Root, "archive", "reindex");
        Assert.True(code == 0, stdout);
        Assert.Equal("Rebuilt the index from 1 version(s) with 3 document(s).", stdout.Trim());

        (code, stdout, _) = ReportingProcess.Run(run.Root, "verify", "archive", "--hashes-only");
        Assert.True(code == 0, stdout);
        Assert.Contains("OK:", stdout);
    }

    [Fact]
    public void Verify_through_the_command_with_a_renderer_reports_a_difference_and_exits_3()
    {
        using var run = new TestRun();
        var archived = run.Archive(run.Render());
        File.WriteAllText(Path.Combine(archived.Path, "inputs", "fixings.csv"), "date,rate\n2007-02-22,6.00000\n");
        var command = new System.CommandLine.RootCommand { Reporting.Cli.Commands.VerifyCommand.Build(new FakeRunRenderer()) };
        var writer = new StringWriter();
        var parse = command.Parse(["verify", archived.Path, "--json"]);
        var code = parse.Invoke(new System.CommandLine.InvocationConfiguration { Output = writer });
        Assert.Equal(3, code);
    }
}
