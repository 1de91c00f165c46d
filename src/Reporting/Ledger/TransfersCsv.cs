using Reporting.Deals;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Ledger;

/// <summary>
/// Loads <c>transfers.csv</c> (INPUTS.md): what moved between the parties, one row per
/// payment or delivery. Streams the file and records every error with its line and column.
/// </summary>
public static class TransfersCsv
{
    private static readonly string[] _columns = { "date", "payer", "receiver", "kind", "asset", "amount", "reference" };

    /// <summary>What a security moved is, for its Value on the day it moved (optional; else collateral.csv's line).</summary>
    private static readonly string[] _securityColumns = { "type", "issuer", "maturity_date" };

    /// <param name="parties">The deal's parties: payer and receiver must name one (except the source of collateral income).</param>
    /// <param name="pledgor">The annex's Pledgor, when the deal has one: collateral moves only between it and the Secured Party.</param>
    /// <param name="securedParty">The annex's Secured Party.</param>
    public static IReadOnlyList<Transfer> Read(TextReader text, string displayName, InputErrors errors,
        IReadOnlyList<Party> parties, string? pledgor, string? securedParty)
    {
        var transfers = new List<Transfer>();
        CsvInput.Read(text, displayName, _columns, _securityColumns, errors, row =>
        {
            var date = row.Date("date");
            var kind = row.Choice("kind", TransferKinds.All);
            var payer = row.RequiredText("payer");
            var receiver = row.RequiredText("receiver");
            var asset = row.RequiredText("asset");
            var amount = row.Decimal("amount");
            var reference = row.Text("reference");
            if (!row.HasErrors && amount <= 0) row.Error("amount", $"'{row.Text("amount")}' is not above zero (a transfer moves a positive amount; the direction is payer to receiver)");

            // Income and redemptions come from outside the deal (a fund, an issuer): their payer is free text.
            bool income = kind is TransferKinds.CollateralIncome or TransferKinds.CollateralMaturity;
            if (payer.Length > 0 && !income) CheckParty(row, "payer", payer, parties);
            if (receiver.Length > 0) CheckParty(row, "receiver", receiver, parties);
            if (payer.Length > 0 && string.Equals(payer, receiver, StringComparison.OrdinalIgnoreCase))
                row.Error("receiver", $"'{receiver}' is also the payer");

            bool cash = string.Equals(asset, TransferKinds.Cash, StringComparison.OrdinalIgnoreCase);
            bool collateral = kind is TransferKinds.CollateralDelivery or TransferKinds.CollateralReturn;
            bool maturity = kind == TransferKinds.CollateralMaturity;
            if (!collateral && !maturity && asset.Length > 0 && !cash) row.Error("asset", $"a {kind} is paid in cash (expected 'cash', found '{asset}')");
            if (maturity && cash) row.Error("asset", "a collateral maturity names the security redeemed (its amount is the cash it paid)");

            if (collateral && pledgor is not null && securedParty is not null)
            {
                var (from, to) = kind == TransferKinds.CollateralDelivery ? (pledgor, securedParty) : (securedParty, pledgor);
                if (!Same(payer, from) || !Same(receiver, to))
                    row.Error("payer", $"a {kind} goes from {from} to {to} under the Credit Support Annex (found {payer} to {receiver})");
            }
            if (kind == TransferKinds.InterestAmount && pledgor is not null && securedParty is not null
                && (!Same(payer, securedParty) || !Same(receiver, pledgor)))
                row.Error("payer", $"an Interest Amount goes from {securedParty} to {pledgor} (found {payer} to {receiver})");
            if (income && securedParty is not null && !Same(receiver, securedParty))
                row.Error("receiver", $"a {kind} is received by the Secured Party {securedParty} (found {receiver})");

            if (kind == TransferKinds.CapPayment && !IsPeriodReference(reference))
                row.Error("reference", $"'{reference}' is not a Calculation Period number or '{TransferKinds.Premium}' (a cap payment says what it settles)");
            if (collateral && reference.Length > 0 && reference != TransferKinds.Substitution && !ValueParsers.TryParseDate(reference, out _))
                row.Error("reference", $"'{reference}' is not the Valuation Date of a call (yyyy-mm-dd), '{TransferKinds.Substitution}' or empty");
            if (kind == TransferKinds.InterestAmount && reference.Length > 0 && !ValueParsers.TryParseDate(reference, out _))
                row.Error("reference", $"'{reference}' is not the scheduled transfer day of an Interest Amount (yyyy-mm-dd) or empty");

            var type = row.Has("type") ? row.Text("type") : "";
            var issuer = row.Has("issuer") ? row.Text("issuer") : "";
            var maturityDate = row.Has("maturity_date") ? row.OptionalDate("maturity_date") : null;
            bool described = type.Length > 0 || issuer.Length > 0 || maturityDate is not null;
            if (described && (cash || !collateral))
                row.Error("type", "only a security delivered or returned as collateral is described (type, issuer, maturity_date); leave them empty");
            else if (described && type.Length == 0)
                row.Error("type", "a security described by its issuer or maturity needs its collateral type too (as collateral.csv names types)");

            if (row.HasErrors) return;
            transfers.Add(new Transfer(date, payer, receiver, kind, cash ? TransferKinds.Cash : asset, amount, reference, row.Line)
            {
                Security = described ? new SecurityDescription(type, issuer, maturityDate) : null,
            });
        });
        return transfers;
    }

    private static bool IsPeriodReference(string reference) =>
        reference == TransferKinds.Premium || (ValueParsers.TryParseInt(reference, out var n) && n >= 1);

    private static void CheckParty(CsvRow row, string column, string key, IReadOnlyList<Party> parties)
    {
        if (!parties.Any(p => Same(p.Key, key)))
            row.Error(column, $"'{key}' is not a party of this deal (expected one of {string.Join(", ", parties.Select(p => p.Key))})");
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
