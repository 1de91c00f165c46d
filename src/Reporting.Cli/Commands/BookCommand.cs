using System.CommandLine;
using Reporting.Cycle.Book;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting book generate OUT --deals N --seed S</c>: a seeded synthetic book of deal folders.</summary>
internal static class BookCommand
{
    public static Command Build()
    {
        var book = new Command("book", "Books of deals: generate a synthetic one for benchmarks and trials; put a month of one on the shared job queue, and follow its jobs");
        book.Subcommands.Add(Generate());
        book.Subcommands.Add(BookQueueCommands.Enqueue());
        book.Subcommands.Add(BookQueueCommands.Status());
        book.Subcommands.Add(BookQueueCommands.Retry());
        return book;
    }

    private static Command Generate()
    {
        var output = new Argument<string>("OUT") { Description = "The book folder to write (must not exist or be empty)" };
        var deals = new Option<int>("--deals") { Description = "How many deals", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same book", DefaultValueFactory = _ => 1 };
        var samples = new Option<string?>("--samples") { Description = "The sample deals the kinds are made from (default: deals/ of this repository)" };
        var generate = new Command("generate", "Write a synthetic book: deals of each sample kind, with varied terms and histories, marked synthetic") { output, deals, seed, samples };
        generate.SetAction(parse => CommandRunner.Execute(() =>
        {
            var count = parse.GetValue(deals);
            if (count < 1) throw new UsageException("--deals must be at least 1");
            var folder = parse.GetValue(output)!;
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
                throw new UsageException($"{folder} is not empty; give a new or empty folder");
            var written = SyntheticBook.Generate(parse.GetValue(samples) ?? RepositoryPaths.Deals(), folder, count, parse.GetValue(seed));
            Console.Out.WriteLine($"{written.Count} synthetic deals in {folder} (seed {parse.GetValue(seed)})");
            return CommandRunner.Ok;
        }));
        return generate;
    }
}
