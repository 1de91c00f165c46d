using Reporting.Archive.Index;
using Reporting.Archive.Lifecycle;
using Reporting.Archive.Store;
using Reporting.Archive.Tests.Support;
using Reporting.RunFormat;

namespace Reporting.Archive.Tests.Lifecycle;

/// <summary>
/// Approvals and issues decide from the index, not by reading the chain: an index that lacks the
/// row of a chain entry (a process killed between the two writes) is brought up to the chain first,
/// and with every older chain entry moved out of reach approve and issue still decide right.
/// </summary>
public sealed class LifecycleIndexTests
{
    private const string Deal = "gmacm-2006-he3";
    private const string Notice = "documents/notice-2007-03.pdf";
    private const string NoticeReference = "GMACM-2006-HE3/NOTICE/2007-03";
    private static readonly IssueRequest _toTrustee = new("Trustee Bank, N.A.", "courier", "2007-03-26T10:00:00-04:00");

    [Fact]
    public void An_approval_whose_index_row_was_lost_is_replayed_and_a_second_approval_refused()
    {
        using var run = new TestRun();
        run.Archive(run.Render("2007-03"));
        var path = $"{Deal}/2007-03/v0001";
        var layout = new ArchiveLayout(run.ArchiveFolder);

        // Carol's approval reaches the chain but not the index, as when a process is killed between the two writes.
        WithoutItsIndexRows(run, () => DocumentLifecycle.Approve(Store(run), path, "Carol Checker"));
        using (var index = ArchiveIndex.OpenReadOnly(run.ArchiveFolder))
            Assert.Null(index.Approval(path));

        // The index holds 1 lifecycle row, the chain 2 entries: the chain is replayed before deciding.
        var refused = Assert.Throws<InputException>(() => DocumentLifecycle.Approve(Store(run), path, "Bob Approver"));
        Assert.Contains("was already approved by Carol Checker", refused.Message);
        var approval = ArchiveChain.Read(layout)[1];
        Assert.Equal(2, ArchiveChain.Last(layout)!.Value.Number); // the refusal appended nothing
        using (var index = ArchiveIndex.OpenReadOnly(run.ArchiveFolder))
        {
            Assert.Equal(new IndexedApproval(path, "Carol Checker", approval.Sha256, "2024-05-06T07:08:09Z"), index.Approval(path));
            Assert.Equal(2, index.LifecycleRowCount());
        }
        // Carol's approval counts: the run's documents can be issued.
        Assert.Equal(1, DocumentLifecycle.Issue(Store(run), path, Notice, _toTrustee, new FakeIssueRenderer(), null).Record.Number);
    }

    [Fact]
    public void An_issue_whose_index_row_was_lost_is_replayed_before_the_next_issue_decides()
    {
        using var run = new TestRun();
        run.Archive(run.Render("2007-03"));
        run.SetFixings("date,rate\n2007-02-22,5.41000\n");
        run.Archive(run.Render("2007-03"));
        DocumentLifecycle.Approve(Store(run), $"{Deal}/2007-03/v0001", "Bob Approver");
        DocumentLifecycle.Approve(Store(run), $"{Deal}/2007-03/v0002", "Bob Approver");

        // The notice issued from v0001 reaches the chain and its folder, not the index.
        WithoutItsIndexRows(run, () => DocumentLifecycle.Issue(Store(run), $"{Deal}/2007-03/v0001", Notice, _toTrustee, new FakeIssueRenderer(), null));
        using (var index = ArchiveIndex.OpenReadOnly(run.ArchiveFolder))
            Assert.Empty(index.IssuesWithReference(Deal, NoticeReference));

        // The same reference from the corrected run, not as an amendment: refused, naming the run it was issued from.
        var refused = Assert.Throws<InputException>(() =>
            DocumentLifecycle.Issue(Store(run), $"{Deal}/2007-03/v0002", Notice, _toTrustee, new FakeIssueRenderer(), null));
        Assert.Contains($"reference {NoticeReference} was already issued from {Deal}/2007-03/v0001", refused.Message);

        // As an amendment it supersedes the issue the index had lost.
        var amendment = DocumentLifecycle.Issue(Store(run), $"{Deal}/2007-03/v0002", Notice,
            _toTrustee with { Amends = NoticeReference, Reason = "The rate of 22 February was mis-keyed." }, new FakeIssueRenderer(), null);
        Assert.Equal((2, $"issued/{Deal}/2007-03/i0001", "2007-03-23"), (amendment.Record.Number, amendment.Record.AmendsIssue, amendment.Record.AmendsDate));
        using (var index = ArchiveIndex.OpenReadOnly(run.ArchiveFolder))
        {
            var issues = index.IssuesWithReference(Deal, NoticeReference);
            Assert.Equal([(1, $"issued/{Deal}/2007-03/i0002"), (2, null)], issues.Select(i => (i.Record.Number, i.SupersededBy)));
            // Two run entries, two approvals, two issues: one row per chain entry.
            Assert.Equal(6, index.LifecycleRowCount());
        }
        Assert.Empty(ArchiveChain.Check(new ArchiveLayout(run.ArchiveFolder)).Problems);
    }

    [Fact]
    public void Approve_and_issue_read_no_chain_entry_but_the_last()
    {
        using var run = new TestRun();
        foreach (var period in new[] { "2007-03", "2007-04", "2007-05" }) run.Archive(run.Render(period));
        var layout = new ArchiveLayout(run.ArchiveFolder);

        // Every entry but the last is moved out of the chain folder: reading them (as a read of the
        // whole chain would, to find the run entry of 2007-03) is no longer possible.
        var aside = run.Combine("aside");
        Directory.CreateDirectory(aside);
        foreach (var name in new[] { "000001.json", "000002.json" })
            File.Move(Path.Combine(ArchiveChain.Folder(layout), name), Path.Combine(aside, name));

        var approval = DocumentLifecycle.Approve(Store(run), $"{Deal}/2007-03/v0001", "Bob Approver");
        Assert.Equal((4, "not recorded"), (approval.Sequence, approval.Field("preparer")));
        var again = Assert.Throws<InputException>(() => DocumentLifecycle.Approve(Store(run), $"{Deal}/2007-03/v0001", "Dan Director"));
        Assert.Contains("was already approved by Bob Approver", again.Message);
        var draft = Assert.Throws<InputException>(() =>
            DocumentLifecycle.Issue(Store(run), $"{Deal}/2007-04/v0001", "documents/notice-2007-04.pdf", _toTrustee, new FakeIssueRenderer(), null));
        Assert.Contains("is a draft", draft.Message);
        var issued = DocumentLifecycle.Issue(Store(run), $"{Deal}/2007-03/v0001", Notice, _toTrustee, new FakeIssueRenderer(), null);
        Assert.Equal((1, NoticeReference), (issued.Record.Number, issued.Record.Reference));

        // Put back, the older entries and the two new ones form one unbroken chain.
        foreach (var name in new[] { "000001.json", "000002.json" })
            File.Move(Path.Combine(aside, name), Path.Combine(ArchiveChain.Folder(layout), name));
        var check = ArchiveChain.Check(layout);
        Assert.Empty(check.Problems);
        Assert.Equal(5, check.Entries);
        Assert.Equal(issued.ChainHead, check.Head);
    }

    private static ArchiveStore Store(TestRun run) => ArchiveStore.Open(run.ArchiveFolder, TestRun.Options());

    /// <summary>
    /// Runs a step, then puts back the index as it was before it: what the step appended to the
    /// chain (and put in the archive's folders) stays, its index rows are gone, as after a kill
    /// between the two. (The index refuses deletes, so the file itself is put back.)
    /// </summary>
    private static void WithoutItsIndexRows(TestRun run, Action step)
    {
        var file = Path.Combine(run.ArchiveFolder, ArchiveLayout.IndexFileName);
        var before = File.ReadAllBytes(file);
        step();
        File.WriteAllBytes(file, before);
    }
}
