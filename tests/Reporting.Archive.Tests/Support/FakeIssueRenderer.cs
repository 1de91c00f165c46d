using System.Globalization;
using Reporting.Archive.Lifecycle;

namespace Reporting.Archive.Tests.Support;

/// <summary>
/// A stand-in for the cycle's issue rendering, for runs made by <see cref="FakeRunRenderer"/>: a
/// small SkiaSharp PDF naming the document, its period and, for an amendment, what it amends and why.
/// </summary>
internal sealed class FakeIssueRenderer : IIssueRenderer
{
    public byte[] RenderIssued(string dealFolder, string period, string templatesFolder, string documentPath, IssueMarking marking)
    {
        var date = DateTime.ParseExact(period + "-23", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        string[] lines = marking.AmendsReference is { } amends
            ? [documentPath, $"Period {period}", $"Amends {amends} dated {marking.AmendsDate}", marking.Reason ?? ""]
            : [documentPath, $"Period {period}"];
        return SkiaPdf.Create(Path.GetFileNameWithoutExtension(documentPath), date, lines);
    }
}
