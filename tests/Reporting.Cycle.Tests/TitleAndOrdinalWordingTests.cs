using NodaTime;
using Reporting.Cycle;
using Reporting.Cycle.Models;
using Reporting.Templating;
using Reporting.Testing;

namespace Reporting.Tests.Cycle;

/// <summary>
/// Words the templates give to facts the planners pass: a document's title (<c>documents/titles.sbn</c>)
/// and an ordinal (<c>documents/_ordinal.sbn</c>). Expected values are English usage: a title's date in
/// the long US style of prose; 1st to 3rd in words, then 11th, 12th, 13th but 21st, 22nd, 23rd.
/// </summary>
public sealed class TitleAndOrdinalWordingTests
{
    private const char NoBreak = '\u00A0';

    private static TitleFacts Facts(string kind) => new(kind, "deal-x", "Deal X Trust");

    [Theory]
    [InlineData(1, "first")]
    [InlineData(2, "second")]
    [InlineData(3, "third")]
    [InlineData(4, "4th")]
    [InlineData(10, "10th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(23, "23rd")]
    [InlineData(101, "101st")]
    [InlineData(111, "111th")]
    [InlineData(112, "112th")]
    public void An_ordinal_takes_the_suffix_English_gives_it(int n, string expected)
    {
        var renderer = new MarkupTemplateRenderer(Repo.Path("templates"));
        var text = renderer.Render("documents/_ordinal.sbn", TemplateModel.FromDictionary(new Dictionary<string, object?> { ["n"] = n })).Text;
        Assert.Equal(expected, text.Trim());
    }

    [Fact]
    public void A_title_names_its_date_in_the_long_US_style_kept_whole_on_the_page()
    {
        var titles = new DocumentTitles(Repo.Path("templates"));

        var schedule = titles.For(Facts("cap-schedule") with { On = new LocalDate(2007, 8, 31) });
        var statement = titles.For(Facts("trustee-statement") with { Month = new LocalDate(2007, 8, 1) });
        var failure = titles.For(Facts("failure-to-transfer") with { Obligation = "interest", On = new LocalDate(2007, 9, 4) });

        Assert.Equal($"Cap schedule as of August{NoBreak}31,{NoBreak}2007", schedule.Title);
        Assert.Equal("deal-x", schedule.Keywords);
        Assert.Equal("Monthly Trustee Statement, August 2007", statement.Title);
        Assert.Equal("Trustee statement for Deal X Trust", statement.Subject);
        Assert.Equal($"Notice of Failure to Transfer: the Interest Amount due September{NoBreak}4,{NoBreak}2007", failure.Subject);
    }

    [Fact]
    public void A_memo_is_titled_by_the_letter_it_stands_beside()
    {
        var titles = new DocumentTitles(Repo.Path("templates"));
        var letter = titles.For(Facts("ratings-event-notice") with { EventName = "Ratings Event II" });

        var memo = titles.For(Facts("notice-memo") with { LetterKind = "ratings-event-notice", LetterTitle = letter.Title, LetterReference = "DEAL-X/REII/20070814" });

        Assert.Equal("Notice of Ratings Event II", letter.Title);
        Assert.Equal("Working memo: Notice of Ratings Event II", memo.Title);
        Assert.Equal("Internal working memo on Notice of Ratings Event II (DEAL-X/REII/20070814)", memo.Subject);
    }

    [Fact]
    public void A_kind_the_titles_template_does_not_word_is_an_error_naming_the_template()
    {
        var titles = new DocumentTitles(Repo.Path("templates"));

        var error = Assert.Throws<TemplateException>(() => titles.For(Facts("no-such-document")));

        Assert.EndsWith("titles.sbn", error.Diagnostics[0].File);
        Assert.Contains("no-such-document", error.Diagnostics[0].Message);
    }

    [Fact]
    public void Every_kind_a_run_writes_has_its_title_subject_and_keywords()
    {
        // Every output kind the planners write (the kinds of notices.delivery in schemas/deal.schema.json, and the memo).
        var titles = new DocumentTitles(Repo.Path("templates"));
        string[] kinds =
        [
            "confirmation", "trustee-statement", "cap-schedule", "collateral-valuation", "ratings-event-notice", "collateral-demand",
            "termination-event-notice", "collateral-call", "collateral-return", "failure-to-transfer", "eligibility-report",
            "loan-eligibility", "notice-memo",
        ];
        var facts = Facts("") with
        {
            On = new LocalDate(2007, 8, 24), Month = new LocalDate(2007, 8, 1), EventName = "Ratings Event I", Obligation = "delivery",
            LetterKind = "collateral-call", LetterTitle = "Collateral Call", LetterReference = "R",
        };
        foreach (var kind in kinds)
        {
            var title = titles.For(facts with { Kind = kind });
            Assert.All(new[] { title.Title, title.Subject, title.Keywords }, t => Assert.False(string.IsNullOrWhiteSpace(t), kind));
            Assert.EndsWith("deal-x", title.Keywords);
        }
    }
}
