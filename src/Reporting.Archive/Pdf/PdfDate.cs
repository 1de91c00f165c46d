using NodaTime;
using NodaTime.Text;

namespace Reporting.Archive.Pdf;

/// <summary>The two spellings of one instant: PDF's <c>D:20070323000000Z</c> and XMP's ISO 8601.</summary>
internal static class PdfDate
{
    private static readonly InstantPattern _pdf = InstantPattern.CreateWithInvariantCulture("'D:'uuuuMMddHHmmss'Z'");
    private static readonly InstantPattern _xmp = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'");

    public static string ToPdf(Instant instant) => _pdf.Format(instant);

    public static string ToXmp(Instant instant) => _xmp.Format(instant);
}
