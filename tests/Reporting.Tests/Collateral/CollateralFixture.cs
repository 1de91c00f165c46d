using NodaTime;
using Reporting.Collateral;
using Reporting.Inputs;
using Reporting.Ratings;
using Reporting.RunFormat;
using Reporting.Tests.Ratings;

namespace Reporting.Tests.Collateral;

/// <summary>Valuations against the base deal's real terms and Schedule I, with hand-made ratings, marks and holdings.</summary>
internal static class CollateralFixture
{
    public static CreditSupportAnnexTerms Terms => RatingsFixture.BaseDeal.CreditSupportAnnex!;

    public static LocalDate D(string iso) => RatingsFixture.D(iso);

    public static CollateralData Data(RatingsHistory ratings, IEnumerable<ExposureMark>? marks = null, IEnumerable<PostedHolding>? holdings = null)
    {
        var deal = RatingsFixture.BaseDeal;
        var errors = new InputErrors();
        using var text = File.OpenText(Path.Combine(deal.Folder, "schedule.csv"));
        var schedule = Reporting.Cap.ScheduleCsv.Read(text, "schedule.csv", errors);
        var periods = CalculationPeriodLookup.Build(deal.Cap!, schedule, "schedule.csv", errors);
        Assert.False(errors.Any);
        return new CollateralData(Terms, deal.Cap!.EffectiveDate, deal.Cap.TerminationDate, periods, ratings,
            (marks ?? Array.Empty<ExposureMark>()).ToArray(), (holdings ?? Array.Empty<PostedHolding>()).ToArray(), deal.Interpretations);
    }

    public static ExposureMark Internal(string date, decimal amount) => new(D(date), ExposureMark.Internal, "JPMC", amount, 0);

    public static ExposureMark External(string date, string provider, decimal amount) => new(D(date), ExposureMark.External, provider, amount, 0);

    public static PostedHolding Holding(string date, string type, string id, string issuer, string? maturity, decimal value) =>
        new(D(date), type, id, issuer, maturity is null ? null : D(maturity), value, 0);
}
