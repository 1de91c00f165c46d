using System.Security.Cryptography;

namespace Reporting.Cycle;

/// <summary>SHA-256 as lowercase hex, the form the manifest records.</summary>
public static class FileHash
{
    public static string Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
