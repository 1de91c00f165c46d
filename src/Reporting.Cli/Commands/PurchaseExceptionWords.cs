using Reporting.Loans;
using static Reporting.Formatting.InvariantFormat;

namespace Reporting.Cli.Commands;

/// <summary>
/// Why a purchase does not qualify, in the terminal's words (the `loans` command's table and
/// JSON). The engine returns only the facts; documents word them in their templates.
/// </summary>
internal static class PurchaseExceptionWords
{
    public static string? Of(PurchaseCheck? check) => check?.ExceptionKind switch
    {
        null => null,
        PurchaseExceptionKind.NoTape => $"no loan tape on or before the purchase date {Iso(check.Purchase.PurchaseDate)} shows the loan",
        PurchaseExceptionKind.BelowThreshold =>
            $"{check.DaysAtPurchase} days delinquent {(check.MeasuredOnPurchaseDate ? $"on the purchase date {Iso(check.MeasuredOn!.Value)}" : $"at the {Iso(check.MeasuredOn!.Value)} tape")}, below the {check.ThresholdDays} days required at purchase",
        PurchaseExceptionKind.BeforeWindow =>
            $"purchased before its window ({WindowText(check.Episode!.Window)}) for the delinquency that reached {check.ThresholdDays} days on {Iso(check.Episode.CrossedOn)}",
        PurchaseExceptionKind.ExclusivePeriod =>
            $"purchased by {check.Purchase.Purchaser} on {Iso(check.Purchase.PurchaseDate)}, inside another holder's exclusive period ({Iso(check.Episode!.Window.Start)} to {Iso(check.Episode.Window.ExclusiveUntil!.Value)})",
        _ => $"purchased after its window ({WindowText(check.Episode!.Window)}) closed: the option had lapsed",
    };

    private static string WindowText(PurchaseWindow window) =>
        window.End is { } end ? $"{Iso(window.Start)} to {Iso(end)}" : $"from {Iso(window.Start)}";
}
