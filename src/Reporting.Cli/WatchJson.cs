using NodaTime;
using Reporting.Cycle.Watch;

namespace Reporting.Cli;

/// <summary>
/// The <c>reporting watch --json</c> document (docs/watch.md): stable keys, dates ISO, amounts in
/// USD, party keys as the deal's terms name them. Each deal lists the deadlines in its window only;
/// the .ics holds all of them.
/// </summary>
internal sealed record WatchJson(LocalDate AsOf, int BusinessDays, IReadOnlyList<WatchJson.Deal> Deals,
    IReadOnlyList<WatchJson.FailedDeal> Failures, WatchJson.Totals Summary)
{
    public static WatchJson From(BookWatchList list) => new(
        list.AsOf,
        list.BusinessDays,
        list.Deals.Select(d => new Deal(d.DealId, d.DealName, d.Scenario, d.Folder, d.Calendar, d.WindowEnd,
            d.InWindow.Select(x => new Deadline(x.Date, x.Kind, x.Reference, x.Party, x.Amount, x.Calendar, x.State)).ToArray(),
            d.Exceptions.Select(x => new Exception(x.Kind, x.Date, x.Reference, x.Party, x.Amount, x.Detail)).ToArray(),
            d.StaleInputs.Select(x => new Stale(x.Input, x.File, x.Latest, x.Expected)).ToArray())).ToArray(),
        list.Failures.Select(f => new FailedDeal(f.DealFolder, f.Failure, f.Errors)).ToArray(),
        Totals.Of(list));

    public sealed record Deal(string DealId, string DealName, string Scenario, string Folder, string Calendar, LocalDate WindowEnd,
        IReadOnlyList<Deadline> Deadlines, IReadOnlyList<Exception> Exceptions, IReadOnlyList<Stale> StaleInputs);

    public sealed record Deadline(LocalDate Date, string Kind, string Reference, string? Party, decimal? Amount, string? Calendar, DeadlineState State);

    public sealed record Exception(string Kind, LocalDate? Date, string Reference, string? Party, decimal? Amount, string? Detail);

    public sealed record Stale(string Input, string File, LocalDate? Latest, LocalDate Expected);

    public sealed record FailedDeal(string DealFolder, string Failure, IReadOnlyList<string> Errors);

    public sealed record Totals(int Deals, int Failed, int Deadlines, int Exceptions, int StaleInputs)
    {
        public static Totals Of(BookWatchList list)
        {
            var totals = WatchTotals.Of(list);
            return new Totals(totals.Deals, totals.Failed, totals.Deadlines, totals.Exceptions, totals.StaleInputs);
        }
    }
}
