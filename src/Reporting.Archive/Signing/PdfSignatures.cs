using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text;
using System.Text.RegularExpressions;

namespace Reporting.Archive.Signing;

/// <summary>
/// Checks every CMS signature in a PDF against the bytes its /ByteRange covers: the signature value
/// and the message digest, not the certificate's trust (that is the reader's policy; pdfsig shows it).
/// </summary>
public static partial class PdfSignatures
{
    public static IReadOnlyList<SignatureCheck> Check(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var checks = new List<SignatureCheck>();
        foreach (Match match in ByteRangePattern().Matches(text))
        {
            var range = Enumerable.Range(1, 4).Select(i => long.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture)).ToArray();
            var (start1, length1, start2, length2) = (range[0], range[1], range[2], range[3]);
            if (start1 != 0 || start1 + length1 > pdf.Length || start2 + length2 > pdf.Length || length1 + 1 >= start2)
            {
                checks.Add(new SignatureCheck(null, false, "the byte range does not fit the file"));
                continue;
            }
            var signed = new byte[length1 + length2];
            pdf.AsSpan(0, (int)length1).CopyTo(signed);
            pdf.AsSpan((int)start2, (int)length2).CopyTo(signed.AsSpan((int)length1));
            var hex = text.Substring((int)length1 + 1, (int)(start2 - length1 - 2)).TrimEnd('0');
            try
            {
                var cms = new SignedCms(new ContentInfo(signed), detached: true);
                cms.Decode(Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0"));
                cms.CheckSignature(verifySignatureOnly: true);
                var whole = start2 + length2 == pdf.Length;
                checks.Add(new SignatureCheck(cms.SignerInfos[0].Certificate?.Subject, true, whole ? "covers the whole file" : $"covers the first {start2 + length2} bytes"));
            }
            catch (Exception e) when (e is CryptographicException or FormatException)
            {
                checks.Add(new SignatureCheck(null, false, $"does not verify: {e.Message}"));
            }
        }
        return checks;
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRangePattern();
}

/// <summary>One signature: who signed, whether the signature over its byte range verifies, and what it covers.</summary>
public sealed record SignatureCheck(string? Signer, bool Valid, string Detail);
