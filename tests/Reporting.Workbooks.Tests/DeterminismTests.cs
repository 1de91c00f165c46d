using System.Globalization;
using System.Security.Cryptography;
using Reporting.Workbooks.Markup;
using Reporting.Workbooks.Writing;

namespace Reporting.Workbooks.Tests;

public sealed class DeterminismTests
{
    private static byte[] Write() => WorkbookWriter.Write(WorkbookMarkupParser.Parse(SampleMarkup.CapSchedule, "sample.xml"));

    [Fact]
    public void The_same_markup_gives_byte_identical_files()
    {
        var first = Write();
        var second = Write();
        Assert.Equal(Convert.ToHexString(SHA256.HashData(first)), Convert.ToHexString(SHA256.HashData(second)));
    }

    [Fact]
    public void The_current_culture_changes_nothing()
    {
        var invariant = Write();
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = GermanCulture();
            Assert.Equal("1,5", 1.5m.ToString(CultureInfo.CurrentCulture)); // the culture really is in effect
            var german = Write();
            Assert.Equal(invariant, german);
            Assert.Contains("571825082.60", WorkbookSnapshotText(german), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    private static string WorkbookSnapshotText(byte[] xlsx) =>
        string.Join("\n", Reading.WorkbookSnapshot.ToCsvPerSheet(xlsx).Select(sheet => sheet.Csv));

    /// <summary>
    /// de-DE when the runtime has culture data; otherwise (this repository builds with invariant
    /// globalization) a culture with de-DE's separators and date pattern, which is what could leak.
    /// </summary>
    private static CultureInfo GermanCulture()
    {
        try
        {
            return CultureInfo.GetCultureInfo("de-DE");
        }
        catch (CultureNotFoundException)
        {
            var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            culture.NumberFormat.NumberDecimalSeparator = ",";
            culture.NumberFormat.NumberGroupSeparator = ".";
            culture.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
            culture.DateTimeFormat.DateSeparator = ".";
            return culture;
        }
    }
}
