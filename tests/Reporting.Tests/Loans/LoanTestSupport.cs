using NodaTime;
using Reporting.Calendars;
using Reporting.Deals;
using Reporting.Loans;
using Reporting.Testing;

namespace Reporting.Tests.Loans;

/// <summary>Shared helpers of the loans tests: rules as the amendment sets them, tapes, folders.</summary>
internal static class LoanTestSupport
{
    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    /// <summary>The amendment's terms: USNY, 90 days, first to second-to-last Business Day.</summary>
    public static OptionalPurchaseTerms Terms { get; } =
        new("Section 4.07", "MasterServicer", 90,
            new BusinessDayOffset(1, HolidayCalendars.Usny), new BusinessDayOffset(-2, HolidayCalendars.Usny),
            "loans.csv", "purchases.csv");

    public static OptionalPurchaseRules Rules(string? cure = null, string? crossing = null, string? price = null)
    {
        var chosen = new List<Interpretation>();
        if (cure is not null) chosen.Add(LoanReadings.All.First(d => d.Key == LoanReadings.Cure).Resolve(cure));
        if (crossing is not null) chosen.Add(LoanReadings.All.First(d => d.Key == LoanReadings.CrossingDate).Resolve(crossing));
        if (price is not null) chosen.Add(LoanReadings.All.First(d => d.Key == LoanReadings.PurchasePrice).Resolve(price));
        return OptionalPurchaseRules.For(Terms, new Interpretations(chosen));
    }

    /// <summary>A tape row of a 100,000.00 loan at 8% with a 0.5% servicing fee.</summary>
    public static LoanSnapshot Tape(LocalDate reportDate, LocalDate nextDue, decimal upb = 100_000m, decimal note = 8m, decimal fee = 0.5m) =>
        new(reportDate, upb, nextDue, note, fee);

    /// <summary>Folds one loan's tapes (in order) and purchase, and returns its status on <paramref name="asOf"/>.</summary>
    public static LoanStatus StatusOn(LocalDate asOf, IEnumerable<LoanSnapshot> tapes, Purchase? purchase = null, OptionalPurchaseRules? rules = null)
    {
        var fold = new OptionalPurchaseFold(rules ?? Rules(), asOf, purchase is null ? Array.Empty<Purchase>() : new[] { purchase });
        int line = 2;
        foreach (var tape in tapes) Assert.Null(fold.Add("L1", tape, line++));
        return fold.Complete().Loans.Single();
    }

    public static string RepositoryRoot() => Repo.Root;

    public static string SampleDealFolder() => Path.Combine(RepositoryRoot(), "deals", "ramp-2006-rs3");
}

/// <summary>A deal folder in the temp directory, written file by file, deleted after the test.</summary>
internal sealed class TempDeal : IDisposable
{
    public const string MinimalTerms = """
        id: test-loans
        name: Test loans deal
        scenario: synthetic
        parties:
          MasterServicer:
            name: Test Master Servicer
            role: master-servicer
        optional_purchase:
          purchaser: MasterServicer
        """;

    public TempDeal(string terms = MinimalTerms)
    {
        Folder = Path.Combine(Path.GetTempPath(), "reporting-loans-test-" + Path.GetRandomFileName());
        Directory.CreateDirectory(Folder);
        Write("deal.yaml", terms);
    }

    public string Folder { get; }

    public TempDeal Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(Folder, name), text.ReplaceLineEndings("\n"));
        return this;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
