using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Collateral;

/// <summary>Loads <c>collateral.csv</c> (INPUTS.md): Posted Collateral holdings by Valuation Date.</summary>
public static class CollateralCsv
{
    private static readonly string[] _columns = { "valuation_date", "type", "security_id", "issuer", "maturity_date", "market_value" };

    public static IReadOnlyList<PostedHolding> Read(TextReader text, string displayName, InputErrors errors)
    {
        var holdings = new List<PostedHolding>();
        var seen = new Dictionary<(NodaTime.LocalDate, string), int>();
        CsvInput.Read(text, displayName, _columns, errors, row =>
        {
            var date = row.Date("valuation_date");
            var type = row.Choice("type", EligibleCollateralType.Types);
            var securityId = row.Text("security_id");
            var issuer = row.Text("issuer");
            var maturity = row.OptionalDate("maturity_date");
            var value = row.NonNegativeDecimal("market_value");
            bool cash = type == "cash";
            if (!cash && securityId.Length == 0) row.Error("security_id", $"a security id is required for {type}");
            if (type == "cp" && issuer.Length == 0) row.Error("issuer", "the issuer is required for commercial paper (for the issuer limit)");
            if (cash && maturity is not null) row.Error("maturity_date", "cash has no maturity date (leave it empty)");
            if (!cash && EligibleCollateralType.Types.Contains(type) && maturity is null && row.Text("maturity_date").Length == 0)
                row.Error("maturity_date", $"a maturity date (yyyy-mm-dd) is required for {type}");
            if (row.HasErrors) return;
            if (!cash)
            {
                var key = (date, securityId.ToUpperInvariant());
                if (seen.TryGetValue(key, out var earlier))
                {
                    row.Error("security_id", $"{securityId} is listed twice for {date:yyyy-MM-dd} (line {earlier})");
                    return;
                }
                seen[key] = row.Line;
            }
            holdings.Add(new PostedHolding(date, type, securityId, issuer, maturity, value, row.Line));
        });
        return holdings;
    }
}
