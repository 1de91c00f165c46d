namespace Reporting.Archive.Pdf;

/// <summary>A PDF the post-processor cannot read: not a PDF, or a form it does not handle (e.g. xref streams).</summary>
public sealed class PdfFormatException(string message) : Exception(message);
