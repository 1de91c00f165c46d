using System.Runtime.InteropServices;

namespace Reporting.Documents.Fonts;

/// <summary>
/// Cuts a TrueType font down to the characters a document uses. Skia's PDF backend embeds the whole
/// file although it labels the font a subset, so we subset first and hand Skia the small font.
/// </summary>
internal static class FontSubsetter
{
    public static byte[] Subset(byte[] fontData, IEnumerable<int> codepoints)
    {
        var handle = GCHandle.Alloc(fontData, GCHandleType.Pinned);
        IntPtr blob = IntPtr.Zero, face = IntPtr.Zero, input = IntPtr.Zero, subsetFace = IntPtr.Zero, subsetBlob = IntPtr.Zero;
        try
        {
            blob = HarfBuzzSubsetNative.hb_blob_create(handle.AddrOfPinnedObject(), (uint)fontData.Length,
                HarfBuzzSubsetNative.MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
            face = HarfBuzzSubsetNative.hb_face_create(blob, 0);
            input = HarfBuzzSubsetNative.hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
            {
                throw new InvalidOperationException("HarfBuzz could not create a subset input.");
            }
            HarfBuzzSubsetNative.hb_subset_input_set_flags(input, HarfBuzzSubsetNative.FlagsNoHinting);
            var unicodes = HarfBuzzSubsetNative.hb_subset_input_unicode_set(input);
            foreach (var codepoint in codepoints)
            {
                HarfBuzzSubsetNative.hb_set_add(unicodes, (uint)codepoint);
            }
            subsetFace = HarfBuzzSubsetNative.hb_subset_or_fail(face, input);
            if (subsetFace == IntPtr.Zero)
            {
                throw new InvalidOperationException("HarfBuzz failed to subset the font.");
            }
            subsetBlob = HarfBuzzSubsetNative.hb_face_reference_blob(subsetFace);
            var data = HarfBuzzSubsetNative.hb_blob_get_data(subsetBlob, out var length);
            var result = new byte[length];
            Marshal.Copy(data, result, 0, (int)length);
            return result;
        }
        finally
        {
            if (subsetBlob != IntPtr.Zero) HarfBuzzSubsetNative.hb_blob_destroy(subsetBlob);
            if (subsetFace != IntPtr.Zero) HarfBuzzSubsetNative.hb_face_destroy(subsetFace);
            if (input != IntPtr.Zero) HarfBuzzSubsetNative.hb_subset_input_destroy(input);
            if (face != IntPtr.Zero) HarfBuzzSubsetNative.hb_face_destroy(face);
            if (blob != IntPtr.Zero) HarfBuzzSubsetNative.hb_blob_destroy(blob);
            handle.Free();
        }
    }
}
