using Reporting.Archive.Index;
using Reporting.Archive.Tests.Support;

namespace Reporting.Archive.Tests.Store;

public sealed class IndexQueryTests : IDisposable
{
    private readonly TestRun _run = new();
    private readonly ArchiveIndex _index;

    public IndexQueryTests()
    {
        _run.Archive(_run.Render("2007-03"));
        _run.Archive(_run.Render("2007-04"));
        _index = ArchiveIndex.OpenReadOnly(_run.ArchiveFolder);
    }

    [Fact]
    public void Filters_by_deal_period_and_kind()
    {
        Assert.Equal(2, _index.Runs("gmacm-2006-he3").Count);
        Assert.Single(_index.Runs(period: "2007-04"));
        Assert.Equal(3, _index.Documents(new DocumentQuery(Period: "2007-03")).Count);
        Assert.Equal(2, _index.Documents(new DocumentQuery(Kind: "trustee-statement")).Count);
        Assert.Empty(_index.Runs("another-deal"));
    }

    [Fact]
    public void Finds_a_document_by_a_prefix_of_either_hash()
    {
        var notice = _index.Documents(new DocumentQuery(Period: "2007-04", Kind: "cap-payment-notice")).Single();
        Assert.Equal(notice, _index.Documents(new DocumentQuery(HashPrefix: notice.Sha256[..10])).Single());
        Assert.Equal(notice, _index.Documents(new DocumentQuery(HashPrefix: notice.OriginalSha256[..10].ToUpperInvariant())).Single());
    }

    [Fact]
    public void Finds_by_addressee_title_text_and_date_range()
    {
        Assert.Equal(2, _index.Documents(new DocumentQuery(Addressee: "jpmorgan")).Count);
        Assert.Single(_index.Documents(new DocumentQuery(TitleContains: "statement, 2007-04")));
        var april = _index.Documents(new DocumentQuery(DateFrom: "2007-04-01", DateTo: "2007-04-30"));
        Assert.Equal(2, april.Count);
        Assert.All(april, d => Assert.Equal("2007-04-23", d.DocumentDate));
    }

    public void Dispose()
    {
        _index.Dispose();
        _run.Dispose();
    }
}
