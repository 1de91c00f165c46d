using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using Reporting.Inputs;

namespace Reporting.Cli;

/// <summary>Arguments and options shared by several commands, with their parsing and messages.</summary>
internal static class CommonOptions
{
    public static Argument<string> DealArgument() => new("DEAL")
    {
        Description = "The deal folder, e.g. deals/gmacm-2006-he3",
    };

    /// <summary>The environment variable naming the PostgreSQL database of the archive index, when <c>--index-db</c> is not given.</summary>
    public const string IndexDbVariable = "REPORTING_INDEX_DB";

    public static Option<string?> IndexDbOption() => new("--index-db")
    {
        Description = $"Keep the archive index in this PostgreSQL database (an Npgsql connection string; default ${IndexDbVariable}, else index.sqlite in the archive folder)",
    };

    /// <summary>The PostgreSQL index named by <c>--index-db</c> or <c>$REPORTING_INDEX_DB</c>; null for the embedded index.sqlite.</summary>
    public static Reporting.Archive.Index.IIndexDatabase? IndexDatabase(string? option) =>
        (string.IsNullOrWhiteSpace(option) ? Environment.GetEnvironmentVariable(IndexDbVariable) : option) is { Length: > 0 } connection
            ? new Reporting.Archive.Index.PostgresIndexDatabase(connection)
            : null;

    /// <summary>The archive's options with the index database of <c>--index-db</c> / <c>$REPORTING_INDEX_DB</c>.</summary>
    public static Reporting.Archive.Store.ArchiveOptions StoreOptions(string? indexDb) =>
        Reporting.Archive.Store.ArchiveOptions.Default with { IndexDatabase = IndexDatabase(indexDb) };

    public static Option<bool> JsonOption() => new("--json")
    {
        Description = "Write one JSON document to stdout instead of a table",
    };

    /// <summary>An ISO date option; a malformed date is a usage error (exit 2).</summary>
    public static Option<LocalDate?> DateOption(string name, string description, bool required = false) => new(name)
    {
        Description = description + " (yyyy-mm-dd)",
        Required = required,
        CustomParser = ParseDate,
    };

    private static string OptionName(ArgumentResult result) =>
        (result.Parent as OptionResult)?.Option.Name ?? "the date";

    private static LocalDate? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (ValueParsers.TryParseDate(text, out var date))
        {
            if (SupportedRange.Contains(date)) return date;
            result.AddError($"{OptionName(result)} {SupportedRange.DateProblem(text)}");
            return null;
        }
        result.AddError($"'{text}' is not a date (expected yyyy-mm-dd)");
        return null;
    }
}
