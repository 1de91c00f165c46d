namespace Reporting.Ledger;

/// <summary>Where an amount owed stands against what the ledger shows received.</summary>
public enum SettlementStatus
{
    /// <summary>Received in full by its due date (or nothing was owed and the date has passed).</summary>
    Paid,

    /// <summary>Received in full, but after its due date.</summary>
    Late,

    /// <summary>Its due date has passed and only part of it has been received.</summary>
    Short,

    /// <summary>Its due date has passed and nothing has been received.</summary>
    Unpaid,

    /// <summary>Its due date has not passed and it is not yet received in full.</summary>
    Due,

    /// <summary>Not owed because an Event of Default of the party it would go to is continuing (Interest Amounts).</summary>
    Withheld,

    /// <summary>The amount cannot be worked out (a rate is missing).</summary>
    Unknown,
}

/// <summary>The status words of CLI.md and the documents.</summary>
public static class SettlementStatusNames
{
    public static string Name(this SettlementStatus status) => status switch
    {
        SettlementStatus.Paid => "paid",
        SettlementStatus.Late => "late",
        SettlementStatus.Short => "short",
        SettlementStatus.Unpaid => "unpaid",
        SettlementStatus.Due => "due",
        SettlementStatus.Withheld => "withheld",
        SettlementStatus.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>True for the statuses that are breaks: the amount was not received in full by its due date.</summary>
    public static bool IsBreak(this SettlementStatus status) =>
        status is SettlementStatus.Late or SettlementStatus.Short or SettlementStatus.Unpaid or SettlementStatus.Unknown;
}
