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

    /// <summary>
    /// A time with the offset it was stated in, as ISO 32000 7.9.4 spells it: <c>D:20070827101500-04'00'</c>
    /// (<c>Z</c> for UTC). Used for a signature's <c>/M</c>, so the signing time reads as the sender stated it.
    /// </summary>
    public static string ToPdf(OffsetDateTime time)
    {
        var local = time.LocalDateTime;
        var head = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"D:{local.Year:D4}{local.Month:D2}{local.Day:D2}{local.Hour:D2}{local.Minute:D2}{local.Second:D2}");
        var seconds = time.Offset.Seconds;
        if (seconds == 0) return head + "Z";
        var sign = seconds < 0 ? '-' : '+';
        var minutes = Math.Abs(seconds) / 60;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{head}{sign}{minutes / 60:D2}'{minutes % 60:D2}'");
    }
}
