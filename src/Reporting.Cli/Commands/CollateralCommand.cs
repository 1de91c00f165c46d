using System.CommandLine;
using System.Globalization;
using NodaTime;
using Reporting.Collateral;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.RunFormat;
using static Reporting.Formatting.InvariantFormat;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting collateral DEAL --valuation-date D [--json]</c>: one valuation under the Credit
/// Support Annex; or <c>--from D --to D</c>: every Valuation Date of a range.
/// </summary>
internal static class CollateralCommand
{
    public static Command Build()
    {
        var deal = CommonOptions.DealArgument();
        var date = CommonOptions.DateOption("--valuation-date", "A Valuation Date (the last New York business day of its week)");
        var from = CommonOptions.DateOption("--from", "First date of a range of Valuation Dates");
        var to = CommonOptions.DateOption("--to", "Last date of a range of Valuation Dates");
        var json = CommonOptions.JsonOption();
        var command = new Command("collateral", "Collateral under the Credit Support Annex: Threshold, Exposure, Volatility Buffer, Value of Posted Collateral, Delivery or Return Amount")
        {
            deal, date, from, to, json,
        };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var single = parse.GetValue(date);
            var start = parse.GetValue(from);
            var end = parse.GetValue(to);
            if (single is null == (start is null && end is null))
                throw new UsageException("give either --valuation-date D or --from D --to D");
            if (single is null && (start is null || end is null))
                throw new UsageException("a range needs both --from and --to");
            if (start > end) throw new UsageException("--to must not be before --from");

            var terms = DealLoader.LoadTerms(parse.GetValue(deal)!);
            var data = CollateralDataLoader.Load(terms);
            var calendar = data.Terms.LocalBusinessDays;
            if (single is LocalDate d)
            {
                if (data.Terms.Frequency == ValuationFrequency.Daily && !ValuationSchedule.IsValuationDate(d, calendar, data.Terms.Frequency))
                    throw new UsageException($"{Iso(d)} is not a Valuation Date: Valuation Dates are every {calendar.Name} business day");
                if (data.Terms.Frequency == ValuationFrequency.Weekly && !ValuationSchedule.IsValuationDate(d, calendar))
                {
                    var of = ValuationSchedule.OfWeek(d, calendar);
                    throw new UsageException($"{Iso(d)} is not a Valuation Date: Valuation Dates are the last {calendar.Name} business day of each week" +
                                             (of is LocalDate w ? $"; that week's is {Iso(w)}" : ""));
                }
                var valuation = CollateralEngine.Value(data, d);
                if (parse.GetValue(json)) JsonOutput.Write(ToJson(valuation));
                else WriteOne(valuation);
            }
            else
            {
                var valuations = CollateralEngine.ValueRange(data, start!.Value, end!.Value);
                if (parse.GetValue(json)) JsonOutput.Write(new { From = start, To = end, Valuations = valuations.Select(ToJson) });
                else WriteRange(valuations);
            }
            return CommandRunner.Ok;
        }));
        return command;
    }

    internal static object ToJson(CollateralValuation v)
    {
        var single = SingleJson(v);
        if (v.Agencies.Count == 0) return single;
        // One Credit Support Amount per agency: two more keys, so the single-amount annex's output stays as it was.
        var json = System.Text.Json.Nodes.JsonObject.Create(ReportingJson.ToElement(single))!;
        json["agencies"] = System.Text.Json.Nodes.JsonNode.Parse(ReportingJson.Serialize(v.Agencies.Select(a => new
        {
            a.Id,
            a.Name,
            a.Applies,
            Conditions = a.Holding.Select(c => c.Describe()),
            a.ExposurePercent,
            a.ExposurePart,
            a.NotionalPercent,
            a.NotionalAddOn,
            a.Dv01,
            a.Dv01Multiplier,
            a.Dv01AddOn,
            VolatilityBuffer = a.VolatilityBuffer?.Amount,
            FactorPercent = a.VolatilityBuffer?.FactorPercent,
            FactorRow = a.VolatilityBuffer?.Row,
            a.AddOn,
            a.ModifiedExposure,
            a.CreditSupportAmount,
            a.PostedValue,
            a.Difference,
        })));
        json["governing_agency"] = v.GoverningAgency;
        return json;
    }

    private static object SingleJson(CollateralValuation v) => new
    {
        ValuationDate = v.ValuationDate,
        Threshold = v.Threshold.Amount,
        ThresholdReason = TerminalWords.ThresholdReason(v.Threshold),
        Exposure = v.Exposure.Used,
        ExposureReason = TerminalWords.ExposureReason(v.Exposure),
        InternalExposure = v.Exposure.Internal,
        ExternalExposure = v.Exposure.External,
        ExternalRuleApplies = v.Exposure.ExternalRuleApplies,
        ExternalMarkDate = v.Exposure.ExternalDate,
        Bids = v.Exposure.Bids.Select(b => new { b.Provider, b.Amount, b.ValuationDate }),
        VolatilityBuffer = v.VolatilityBuffer.Amount,
        FactorPercent = v.VolatilityBuffer.FactorPercent,
        FactorRow = v.VolatilityBuffer.Row,
        MaturityColumnYears = v.VolatilityBuffer.MaturityColumnYears,
        Notional = v.VolatilityBuffer.Notional,
        CalculationPeriod = v.VolatilityBuffer.Period is { } p ? new { Start = p.AdjustedStart, End = p.AdjustedEnd } : null,
        ModifiedExposure = v.ModifiedExposure,
        CreditSupportAmount = v.CreditSupportAmount,
        IndependentAmount = v.IndependentAmount,
        PostedValue = v.PostedValue,
        Holdings = v.Holdings.Select(h => new
        {
            h.Holding.Type,
            SecurityId = h.Holding.SecurityId.Length == 0 ? null : h.Holding.SecurityId,
            Issuer = h.Holding.Issuer.Length == 0 ? null : h.Holding.Issuer,
            h.Holding.MaturityDate,
            h.Holding.MarketValue,
            h.RemainingDays,
            h.Eligible,
            Bucket = TerminalWords.Band(h.Bucket),
            h.ValuationPercent,
            h.Value,
            Reason = TerminalWords.Exclusion(h.Holding.Type, h.Holding.Issuer, h.Why),
        }),
        Excluded = v.Excluded.Select(x => new { x.Rule, x.Type, x.Issuer, x.SecurityId, x.Amount, Reason = TerminalWords.Exclusion(x.Type, x.Issuer, x.Why) }),
        MinimumTransferAmount = v.MinimumTransferAmount,
        DeliveryAmount = v.DeliveryAmount,
        ReturnAmount = v.ReturnAmount,
        AmountsReason = v.CreditSupportAmount is null ? "unknown: no Exposure for the Valuation Date" : null,
        NotificationDate = v.NotificationDate,
        NotificationTime = v.NotificationTime,
        TransferDue = v.TransferDue,
        Exceptions = v.Exceptions.Select(TerminalWords.Issue),
        Interpretations = v.Interpretations.Zip(ReadingLines.Of(v.Interpretations), (i, text) => new { i.Key, i.Choice, Text = text }),
    };

    private static void WriteOne(CollateralValuation v)
    {
        var o = Console.Out;
        o.WriteLine($"Valuation Date {Iso(v.ValuationDate)}");
        Line(o, "Threshold", v.Threshold.Amount, TerminalWords.ThresholdReason(v.Threshold));
        Line(o, "Exposure", v.Exposure.Used, TerminalWords.ExposureReason(v.Exposure));
        if (v.Exposure.ExternalRuleApplies)
            Line(o, "  internal / external", v.Exposure.Internal, v.Exposure.External is decimal x ? $"external {Money(x)} on {OptIso(v.Exposure.ExternalDate)}" : "no external mark");
        var b = v.VolatilityBuffer;
        Line(o, "Volatility Buffer", b.Amount, $"{b.FactorPercent}% ({b.Row ?? "no Factor row"}) x notional {Money(b.Notional)}" +
                                               (b.Period is { } p ? $" of period {Iso(p.AdjustedStart)}..{Iso(p.AdjustedEnd)}" : ""));
        Line(o, "Modified Exposure", v.ModifiedExposure, "");
        Line(o, "Credit Support Amount", v.CreditSupportAmount, v.GoverningAgency is null ? "" : $"governed by {v.Agencies.First(a => a.Id == v.GoverningAgency).Name}");
        foreach (var a in v.Agencies)
        {
            Line(o, $"  {a.Name}", a.CreditSupportAmount,
                $"{(a.Applies ? "applies" : "does not apply")}; add-on {Opt(a.AddOn)}; posted value {Money(a.PostedValue)}; difference {Opt(a.Difference)}");
        }
        o.WriteLine();
        o.WriteLine("  Holdings");
        foreach (var h in v.Holdings)
        {
            o.WriteLine($"    {h.Holding.Type,-6} {h.Holding.SecurityId,-12} {h.Holding.Issuer,-28} {OptIso(h.Holding.MaturityDate),-10} " +
                        $"{Money(h.Holding.MarketValue),18} {(h.ValuationPercent is decimal vp ? vp.ToString(CultureInfo.InvariantCulture) + "%" : "-"),7} {Money(h.Value),18}" +
                        (h.Eligible ? "" : $"  ineligible: {TerminalWords.Exclusion(h.Holding.Type, h.Holding.Issuer, h.Why)}"));
        }
        foreach (var x in v.Excluded.Where(x => x.Rule != CollateralExclusion.Ineligible))
            o.WriteLine($"    excluded {Money(x.Amount)} ({x.Rule}): {TerminalWords.Exclusion(x.Type, x.Issuer, x.Why)}");
        Line(o, "Value of Posted Collateral", v.PostedValue, "after Valuation Percentages and limits");
        o.WriteLine();
        Line(o, "Delivery Amount", v.DeliveryAmount, $"Minimum Transfer Amount {Money(v.MinimumTransferAmount)}");
        Line(o, "Return Amount", v.ReturnAmount, "");
        o.WriteLine($"  Notification by {v.NotificationTime} on {Iso(v.NotificationDate)}; transfer due {Iso(v.TransferDue)}");
        foreach (var e in v.Exceptions) o.WriteLine($"  EXCEPTION: {TerminalWords.Issue(e)}");
        o.WriteLine();
        o.WriteLine("Interpretations:");
        foreach (var (i, text) in v.Interpretations.Zip(ReadingLines.Of(v.Interpretations))) o.WriteLine($"  - [{i.Key}] {text}");
    }

    private static void WriteRange(IReadOnlyList<CollateralValuation> valuations)
    {
        var o = Console.Out;
        o.WriteLine($"{"valuation",-10} {"threshold",14} {"exposure",16} {"buffer",16} {"credit support",16} {"posted value",16} {"delivery",14} {"return",14} {"transfer due",-12} exceptions");
        foreach (var v in valuations)
        {
            o.WriteLine($"{Iso(v.ValuationDate),-10} {(v.Threshold.IsInfinite ? "infinite" : Money(v.Threshold.Amount!.Value)),14} {Opt(v.Exposure.Used),16} {Money(v.VolatilityBuffer.Amount),16} " +
                        $"{Opt(v.CreditSupportAmount),16} {Money(v.PostedValue),16} {Opt(v.DeliveryAmount),14} {Opt(v.ReturnAmount),14} {Iso(v.TransferDue),-12} {v.Exceptions.Count}");
        }
    }

    private static void Line(TextWriter o, string label, decimal? amount, string note) =>
        o.WriteLine($"  {label,-28} {(amount is decimal a ? Money(a) : "unknown/infinite"),18}  {note}");

    private static string Opt(decimal? value) => value is decimal v ? Money(v) : "unknown";

    private static string OptIso(LocalDate? date) => date is LocalDate d ? Iso(d) : "";
}
