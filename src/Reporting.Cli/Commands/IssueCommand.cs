using System.CommandLine;
using Reporting.Archive.Lifecycle;
using Reporting.Archive.Store;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting issue RUN DOC --to R --channel courier|email|fax --at TIME [--amends REF --reason TEXT]</c>:
/// renders a document of an approved run without the DRAFT mark, signs it, archives exactly the bytes
/// sent, and writes them to <c>--out</c> for sending.
/// </summary>
internal static class IssueCommand
{
    public static Command Build(IIssueRenderer renderer)
    {
        var run = new Argument<string>("RUN") { Description = "The approved run version, e.g. gmacm-2006-he3/2007-08/v0001" };
        var document = new Argument<string>("DOC") { Description = "The document in the run, e.g. documents/collateral-call-2007-08-24.pdf" };
        var to = new Option<string>("--to") { Description = "The recipient", Required = true };
        var channel = new Option<string>("--channel") { Description = "How it is sent", Required = true };
        channel.AcceptOnlyFromAmong(IssueRecord.Channels);
        var at = new Option<string>("--at") { Description = "When it is sent, with the UTC offset (e.g. 2007-08-27T10:15:00-04:00)", Required = true };
        var amends = new Option<string?>("--amends") { Description = "The reference of the issued document this one amends and supersedes" };
        var reason = new Option<string?>("--reason") { Description = "Why the amendment (printed on it)" };
        var output = new Option<string?>("--out") { Description = "Where to write the PDF to send (default output/issued/DEAL/YYYY-MM/iNNNN-FILE.pdf)" };
        var certificate = SigningOptions.Certificate();
        var archive = ApproveCommand.ArchiveOption();
        var command = new Command("issue", "Issue a document of an approved run: unmarked, signed, archived as sent") { run, document, to, channel, at, amends, reason, output, certificate, archive };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var store = ArchiveStore.Open(parse.GetValue(archive)!, CommonOptions.StoreOptions(null));
            using var signer = SigningOptions.Signer(parse.GetValue(certificate));
            var issued = DocumentLifecycle.Issue(store, parse.GetValue(run)!, parse.GetValue(document)!,
                new IssueRequest(parse.GetValue(to)!, parse.GetValue(channel)!, parse.GetValue(at)!, parse.GetValue(amends), parse.GetValue(reason)),
                renderer, signer);
            var record = issued.Record;
            var target = parse.GetValue(output)
                ?? Path.Combine("output", DocumentLifecycle.IssuedFolder, record.DealId, record.Period, $"i{record.Number:D4}-{record.Document}");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            var temporary = target + ".tmp";
            File.WriteAllBytes(temporary, issued.Sent);
            File.Move(temporary, target, overwrite: false);
            Console.Out.WriteLine($"Issued {record.Title} ({record.Reference}, dated {record.DocumentDate}) to {record.Recipient} by {record.Channel} at {record.SentAt}");
            if (record.AmendsReference is not null)
                Console.Out.WriteLine($"  amends and supersedes {record.AmendsReference} dated {record.AmendsDate} ({record.AmendsIssue}): {record.Reason}");
            Console.Out.WriteLine($"  send {target} (SHA-256 {record.SentSha256}, {record.SentLength} bytes{(record.Signer is null ? ", unsigned" : $", signed by {record.Signer}")})");
            Console.Out.WriteLine($"  archived in {issued.Folder}; chain head {issued.ChainHead}");
            return CommandRunner.Ok;
        }));
        return command;
    }
}
