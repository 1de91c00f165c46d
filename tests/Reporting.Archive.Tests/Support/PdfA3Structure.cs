using System.Text;
using System.Text.Json;
using UglyToad.PdfPig;

namespace Reporting.Archive.Tests.Support;

/// <summary>
/// A targeted check of the PDF/A-3b requirements (ISO 19005-3, with ISO 32000-1 12.8 for
/// signatures) that a signature's incremental update could break. No PDF/A validator can be
/// installed here (veraPDF is in no package registry this machine reaches), so this is not a
/// conformance validation: it checks, through qpdf's reading of the final revision and the file's
/// bytes, what an update appended after the PDF/A conversion might lose or add.
/// </summary>
internal static class PdfA3Structure
{
    public static IReadOnlyList<string> Problems(string file)
    {
        var problems = new List<string>();
        var bytes = File.ReadAllBytes(file);
        // qpdf exits 3 when it had to repair or warn: a structural problem in itself, but the objects are still worth checking.
        var (code, output) = Qpdf.Run("--json=2", "--json-key=qpdf", file);
        if (code == 3) problems.Add("qpdf warned: " + output[(output.LastIndexOf('}') + 1)..].Trim());
        else if (code != 0) return [$"qpdf cannot read the file: {output}"];
        var objects = JsonDocument.Parse(output[..(output.LastIndexOf('}') + 1)]).RootElement.GetProperty("qpdf")[1];
        JsonElement Resolve(JsonElement value) =>
            value.ValueKind == JsonValueKind.String && value.GetString()!.EndsWith(" R", StringComparison.Ordinal)
                ? objects.GetProperty("obj:" + value.GetString()) is var o && o.TryGetProperty("value", out var v) ? v : o.GetProperty("stream").GetProperty("dict")
                : value;
        var trailer = objects.GetProperty("trailer").GetProperty("value");
        var catalog = Resolve(trailer.GetProperty("/Root"));

        // File structure (6.1.2, 6.1.3): header with a binary comment, an ID in the trailer, no encryption, nothing after the last %%EOF but an end of line.
        var text = Encoding.Latin1.GetString(bytes);
        if (!text.StartsWith("%PDF-1.", StringComparison.Ordinal) || text.Split('\n')[1] is not { Length: >= 5 } comment || comment[0] != '%' || comment.Skip(1).Take(4).Any(c => c < 128))
            problems.Add("6.1.2: the header is not %PDF-1.n followed by a comment of four bytes above 127");
        if (!trailer.TryGetProperty("/ID", out var id) || id.GetArrayLength() != 2) problems.Add("6.1.3: the last trailer has no /ID of two strings");
        if (trailer.TryGetProperty("/Encrypt", out _)) problems.Add("6.1.3: the file is encrypted");
        var tail = text[(text.LastIndexOf("%%EOF", StringComparison.Ordinal) + 5)..];
        if (tail is not ("" or "\n" or "\r\n" or "\r")) problems.Add("6.1.3: data after the last %%EOF");

        // Metadata and output intent kept by the last revision (6.6.2, 6.2.3).
        if (!catalog.TryGetProperty("/Metadata", out _)) problems.Add("6.6.2: the Catalog of the last revision has no /Metadata");
        using (var document = PdfDocument.Open(bytes))
        {
            if (!document.TryGetXmpMetadata(out var xmp)) problems.Add("6.6.2: no XMP metadata is readable");
            else
            {
                var xml = xmp.GetXDocument().ToString();
                if (!xml.Contains("<pdfaid:part>3</pdfaid:part>", StringComparison.Ordinal) || !xml.Contains("<pdfaid:conformance>B</pdfaid:conformance>", StringComparison.Ordinal))
                    problems.Add("6.6.4: the XMP does not identify PDF/A-3B");
            }
        }
        if (!catalog.TryGetProperty("/OutputIntents", out var intents) || !intents.EnumerateArray().Any(i => Resolve(i).GetProperty("/S").GetString() == "/GTS_PDFA1"))
            problems.Add("6.2.3: the Catalog of the last revision has no GTS_PDFA1 output intent");

        // Embedded files are associated files with a relationship (6.8).
        if (!catalog.TryGetProperty("/AF", out var af) || af.GetArrayLength() == 0) problems.Add("6.8: the Catalog of the last revision has no /AF");
        else
            foreach (var spec in af.EnumerateArray().Select(Resolve))
                if (!spec.TryGetProperty("/AFRelationship", out _) || !spec.TryGetProperty("/UF", out _)) problems.Add("6.8: an associated file spec has no /AFRelationship or /UF");

        // Interactive form (6.4.1): no NeedAppearances true, no XFA.
        if (catalog.TryGetProperty("/AcroForm", out var formValue))
        {
            var form = Resolve(formValue);
            if (form.TryGetProperty("/NeedAppearances", out var need) && need.ValueKind == JsonValueKind.True) problems.Add("6.4.1: /NeedAppearances is true");
            if (form.TryGetProperty("/XFA", out _)) problems.Add("6.4.2: the form has XFA");
            foreach (var field in form.GetProperty("/Fields").EnumerateArray().Select(Resolve))
            {
                // Annotations (6.3.2, 6.3.3): printed, not hidden; an appearance unless the rectangle is empty.
                var flags = field.TryGetProperty("/F", out var f) ? f.GetInt32() : 0;
                if ((flags & 4) == 0 || (flags & (1 | 2 | 32 | 256)) != 0) problems.Add($"6.3.2: a field's annotation flags {flags} are not printed-and-shown");
                var rect = field.GetProperty("/Rect").EnumerateArray().Select(r => r.GetDouble()).ToArray();
                if ((rect[2] - rect[0] != 0 || rect[3] - rect[1] != 0) && !field.TryGetProperty("/AP", out _)) problems.Add("6.3.3: a visible field has no appearance");
                if (field.TryGetProperty("/FT", out var ft) && ft.GetString() == "/Sig") CheckSignature(Resolve(field.GetProperty("/V")), bytes, problems);
            }
        }
        return problems;
    }

    /// <summary>ISO 32000-1 12.8.1 and ISO 19005-3 6.1.12 (as -2): the byte range covers the whole file but the hex /Contents, no digest keys in references.</summary>
    private static void CheckSignature(JsonElement signature, byte[] bytes, List<string> problems)
    {
        if (signature.GetProperty("/Type").GetString() != "/Sig") problems.Add("12.8.1: the signature dictionary's /Type is not /Sig");
        if (!signature.TryGetProperty("/Filter", out _)) problems.Add("12.8.1: the signature dictionary has no /Filter");
        if (!signature.TryGetProperty("/M", out _)) problems.Add("12.8.1: the signature dictionary has no signing time /M");
        var range = signature.GetProperty("/ByteRange").EnumerateArray().Select(r => r.GetInt64()).ToArray();
        if (range.Length != 4 || range[0] != 0) { problems.Add("6.1.12: /ByteRange is not [0 a b c]"); return; }
        // Only the last signature covers the whole file; an earlier one covers the revision it signed, which must end at an %%EOF.
        var end = range[2] + range[3];
        var endsRevision = end == bytes.Length || Encoding.Latin1.GetString(bytes, (int)end - 7, 7).Contains("%%EOF", StringComparison.Ordinal);
        if (!endsRevision) problems.Add("6.1.12: /ByteRange does not end at the end of a revision");
        if (bytes[range[1]] != (byte)'<' || bytes[range[2] - 1] != (byte)'>') problems.Add("6.1.12: the gap in /ByteRange is not exactly the hexadecimal /Contents string");
        if (signature.TryGetProperty("/Reference", out var references))
            foreach (var reference in references.EnumerateArray())
                if (new[] { "/DigestLocation", "/DigestMethod", "/DigestValue" }.Any(k => reference.TryGetProperty(k, out _))) problems.Add("6.1.12: a signature reference has digest keys");
    }
}
