using System.CommandLine;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using Reporting.Calendars;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.Loans;
using static Reporting.Formatting.InvariantFormat;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting loans DEAL --as-of D [--json]</c>: the optional purchase status of every loan.</summary>
internal static class LoansCommand
{
    public static Command Build()
    {
        var deal = CommonOptions.DealArgument();
        var asOf = CommonOptions.DateOption("--as-of", "The status date: tapes and purchases up to it are used", required: true);
        var json = CommonOptions.JsonOption();

        var command = new Command("loans", "Optional purchase of defaulted loans: each loan's delinquency, purchase window, status and Purchase Price on a date")
        {
            deal, asOf, json,
        };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var date = parse.GetValue(asOf)!.Value;
            if (date.Year <= HolidayCalendar.FirstYear || date.Year >= HolidayCalendar.LastYear)
                throw new UsageException($"--as-of must be in {HolidayCalendar.FirstYear + 1}-{HolidayCalendar.LastYear - 1}, the years the business-day calendars cover");
            var terms = DealLoader.LoadTerms(parse.GetValue(deal)!);
            var report = OptionalPurchaseEngine.Evaluate(LoanInputs.Load(terms), date);
            if (parse.GetValue(json)) JsonOutput.Write(report.Loans.Select(ToJson).ToArray());
            else WriteTable(terms, report, Console.Out);
            return CommandRunner.Ok;
        }));
        return command;
    }

    /// <summary>One loan as the JSON contract of CLI.md names it, plus the figures behind it.</summary>
    internal sealed record LoanJson(
        [property: JsonPropertyName("loan_id")] string LoanId,
        [property: JsonPropertyName("days_delinquent")] int DaysDelinquent,
        [property: JsonPropertyName("became_90_on")] LocalDate? Became90On,
        [property: JsonPropertyName("window_start")] LocalDate? WindowStart,
        [property: JsonPropertyName("window_end")] LocalDate? WindowEnd,
        [property: JsonPropertyName("status")] LoanPurchaseStatus Status,
        [property: JsonPropertyName("purchase_price")] decimal? PurchasePrice,
        [property: JsonPropertyName("purchase_date")] LocalDate? PurchaseDate,
        [property: JsonPropertyName("report_date")] LocalDate? ReportDate,
        [property: JsonPropertyName("upb")] decimal? Upb,
        [property: JsonPropertyName("next_due_date")] LocalDate? NextDueDate,
        [property: JsonPropertyName("on_latest_tape")] bool OnLatestTape,
        [property: JsonPropertyName("episode")] int? Episode,
        [property: JsonPropertyName("first_reported_on")] LocalDate? FirstReportedOn,
        [property: JsonPropertyName("last_cured_on")] LocalDate? LastCuredOn,
        [property: JsonPropertyName("exception_reason")] string? ExceptionReason,
        [property: JsonPropertyName("price_difference")] decimal? PriceDifference,
        [property: JsonPropertyName("price_calculation")] PurchasePriceCalculation? PriceCalculation);

    /// <remarks>
    /// <c>purchase_price</c> is the price paid for a purchased loan and, for a loan in its window,
    /// the Purchase Price as if purchased on the status date; <c>price_calculation</c> shows the
    /// formula's figures for either (for a purchase, at its date, so the price paid can be checked).
    /// </remarks>
    internal static LoanJson ToJson(LoanStatus loan) => new(
        loan.LoanId,
        loan.DaysDelinquent,
        loan.Episode?.CrossedOn,
        loan.Episode?.Window.Start,
        loan.Episode?.Window.End,
        loan.Status,
        loan.Purchase?.Purchase.Price ?? loan.PriceAsOf?.Price,
        loan.Purchase?.Purchase.PurchaseDate,
        loan.Tape?.ReportDate,
        loan.Tape?.Upb,
        loan.Tape?.NextDueDate,
        loan.OnLatestTape,
        loan.Episode?.Number,
        loan.Episode?.FirstReportedOn,
        loan.LastCuredOn,
        loan.Purchase?.ExceptionReason,
        loan.Purchase?.PriceDifference,
        loan.Purchase?.ComputedPrice ?? loan.PriceAsOf);

    internal static void WriteTable(DealTerms deal, OptionalPurchaseReport report, TextWriter output)
    {
        output.WriteLine($"{deal.Info.Name}: optional purchase of defaulted loans ({report.Rules.Terms.Reference ?? "Section 4.07"})");
        if (deal.Info.IsInvented) output.WriteLine($"*** {deal.Info.Scenario.ToUpperInvariant()} DATA: not the deal's actual loans ***");
        output.WriteLine($"Status on {Iso(report.AsOf)}; latest tape {(report.LatestTapeDate is { } t ? Iso(t) : "none")}; " +
                         $"Business Day calendar {report.Rules.Terms.BusinessDayCalendar.Name}; threshold {report.Rules.ThresholdDays} days");
        output.WriteLine();

        var header = new[] { "loan_id", "tape", "days", "became_90_on", "window", "status", "price", "purchased" };
        var rows = report.Loans.Select(l => new[]
        {
            l.LoanId,
            l.Tape is { } tape ? Iso(tape.ReportDate) + (l.OnLatestTape || l.Purchase is not null ? "" : "*") : "-",
            l.DaysDelinquent.ToString(CultureInfo.InvariantCulture),
            l.Episode is { } e ? Iso(e.CrossedOn) : "-",
            l.Episode is { } w ? $"{Iso(w.Window.Start)}..{(w.Window.End is { } end ? Iso(end) : "")}" : "-",
            Reporting.RunFormat.ReportingJson.Serialize(l.Status).Trim('"'),
            (l.Purchase?.Purchase.Price ?? l.PriceAsOf?.Price) is { } price ? Money(price) : "-",
            l.Purchase is { } p ? Iso(p.Purchase.PurchaseDate) + (p.ExceptionReason is { } reason ? $" ({reason})" : "") : "-",
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        void Line(IReadOnlyList<string> cells) =>
            output.WriteLine(string.Join("  ", cells.Select((c, i) => i == cells.Count - 1 ? c : (i == 2 || i == 6 ? c.PadLeft(widths[i]) : c.PadRight(widths[i])))).TrimEnd());
        Line(header);
        foreach (var row in rows) Line(row);
        if (report.Loans.Any(l => !l.OnLatestTape && l.Purchase is null)) output.WriteLine("* not on the latest tape (left the pool): not eligible");

        output.WriteLine();
        output.WriteLine("Loans by status:");
        foreach (var count in report.CountsByStatus)
            output.WriteLine($"  {Reporting.RunFormat.ReportingJson.Serialize(count.Status).Trim('"'),-20}{count.Count,8}");
        output.WriteLine($"  {"total",-20}{report.Loans.Count,8}");

        output.WriteLine();
        output.WriteLine("Interpretations:");
        foreach (var reading in report.Rules.Interpretations)
            output.WriteLine($"  - {reading.Key} = {reading.Choice}{(reading.Configurable ? "" : " (fixed)")}: {reading.Text}");
    }
}
