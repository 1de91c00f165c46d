using NodaTime;
using Reporting.Collateral;
using Reporting.Inputs;
using Reporting.Ledger;
using Reporting.Tests.Collateral;
using Reporting.Tests.Ratings;

namespace Reporting.Tests.Ledger;

/// <summary>Hand-made transfers against the base deal's real annex terms (USNY, MTA 100,000, rounding 1,000).</summary>
internal static class LedgerFixture
{
    public static LocalDate D(string iso) => RatingsFixture.D(iso);

    /// <summary>"2007-06-05 JPMC Counterparty collateral-delivery cash 250000 2007-06-01" (reference optional).</summary>
    public static Transfer T(string line)
    {
        var p = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new Transfer(D(p[0]), p[1], p[2], p[3], p[4], decimal.Parse(p[5], System.Globalization.CultureInfo.InvariantCulture),
            p.Length > 6 ? p[6] : "", 0);
    }

    /// <summary>
    /// JPMC at Moody's A2 from 2007-05-22 (Threshold USD 0; no Factor row, so no Volatility Buffer),
    /// back to Aa2 on 2007-06-11 (Threshold infinite), and an internal mark of 250,000 every Friday.
    /// Each Valuation Date with Threshold 0 and nothing posted calls a Delivery Amount of 250,000.
    /// </summary>
    public static CollateralData DowngradedThenRestored(IEnumerable<PostedHolding>? holdings = null) =>
        WithStandardFailureRule(CollateralFixture.Data(
            RatingsFixture.History("2007-05-22 Moodys long A2", "2007-06-11 Moodys long Aa2"),
            new[] { "2007-06-01", "2007-06-08", "2007-06-15" }.Select(d => CollateralFixture.Internal(d, 250_000m)),
            holdings));

    /// <summary>
    /// The 1994 CSA as printed (notice next day, two days' grace, Event of Default). The base deal
    /// disapplies the Event of Default (its Part III(2)(c)); these tests exercise the printed rule.
    /// </summary>
    public static CollateralData WithStandardFailureRule(CollateralData data) =>
        data with { Terms = data.Terms with { FailureToTransfer = FailureToTransferTerms.Standard(data.Terms.LocalBusinessDays) } };

    public static LedgerData LedgerOf(CollateralData collateral, params string[] transfers) =>
        new(transfers.Select(T).ToArray(), null, collateral, Reporting.Cap.FixingSeries.Empty, true);
}
