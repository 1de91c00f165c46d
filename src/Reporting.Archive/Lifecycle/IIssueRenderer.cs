namespace Reporting.Archive.Lifecycle;

/// <summary>
/// Renders one document of an archived run as it is issued: no DRAFT mark, and for an amendment the
/// words saying what it amends. The archive knows no templates; the CLI passes the monthly cycle.
/// </summary>
public interface IIssueRenderer
{
    /// <param name="dealFolder">The run's archived inputs.</param>
    /// <param name="templatesFolder">The run's archived templates.</param>
    /// <param name="documentPath">The document in the run, e.g. <c>documents/collateral-call-2007-08-24.pdf</c>.</param>
    byte[] RenderIssued(string dealFolder, string period, string templatesFolder, string documentPath, IssueMarking marking);
}

/// <summary>What an issued document says about the document it amends (null when it is a first issue).</summary>
public sealed record IssueMarking(string? AmendsReference, string? AmendsDate, string? Reason);
