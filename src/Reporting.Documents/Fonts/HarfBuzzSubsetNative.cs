using System.Runtime.InteropServices;

namespace Reporting.Documents.Fonts;

/// <summary>
/// The few HarfBuzz subsetting entry points we need. HarfBuzzSharp does not wrap <c>hb_subset_*</c>,
/// but its native library (libHarfBuzzSharp) exports them, so we call them directly.
/// </summary>
internal static partial class HarfBuzzSubsetNative
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>HB_MEMORY_MODE_READONLY: HarfBuzz reads the bytes in place and never writes them.</summary>
    public const int MemoryModeReadOnly = 1;

    /// <summary>HB_SUBSET_FLAGS_NO_HINTING: we draw unhinted, so hinting instructions are dead weight.</summary>
    public const uint FlagsNoHinting = 0x1;

    [LibraryImport(Library)]
    public static partial IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    public static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    public static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    public static partial IntPtr hb_face_create(IntPtr blob, uint index);

    [LibraryImport(Library)]
    public static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    public static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    public static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    public static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    public static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
}
