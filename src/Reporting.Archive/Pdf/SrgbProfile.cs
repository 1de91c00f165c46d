namespace Reporting.Archive.Pdf;

/// <summary>
/// The sRGB IEC61966-2.1 ICC profile (version 2.3, Debian icc-profiles-free, zlib licence)
/// embedded in every archival PDF's OutputIntent. It ships inside this assembly so the output
/// never depends on what a machine has installed.
/// </summary>
internal static class SrgbProfile
{
    public const string Identifier = "sRGB IEC61966-2.1";

    private static readonly Lazy<byte[]> _data = new(Load);

    public static byte[] Bytes => _data.Value;

    private static byte[] Load()
    {
        using var stream = typeof(SrgbProfile).Assembly.GetManifestResourceStream("Reporting.Archive.sRGB.icc")
                           ?? throw new InvalidOperationException("the sRGB profile resource is missing from Reporting.Archive");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
