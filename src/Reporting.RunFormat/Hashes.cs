using System.Security.Cryptography;

namespace Reporting.RunFormat;

/// <summary>SHA-256 as the manifest writes it: 64 lower-case hex digits.</summary>
public static class Hashes
{
    public static string Sha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    public static string Sha256OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
