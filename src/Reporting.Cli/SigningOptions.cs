using System.CommandLine;
using Reporting.Archive.Signing;
using Reporting.RunFormat;

namespace Reporting.Cli;

/// <summary>The desk's signing certificate: a PKCS#12 file from <c>--cert</c> or $REPORTING_SIGNING_CERT, its password from $REPORTING_SIGNING_CERT_PASSWORD.</summary>
internal static class SigningOptions
{
    public const string CertificateVariable = "REPORTING_SIGNING_CERT";
    public const string PasswordVariable = "REPORTING_SIGNING_CERT_PASSWORD";

    public static Option<string?> Certificate() => new("--cert")
    {
        Description = $"PKCS#12 file with the desk's signing certificate and key (default ${CertificateVariable}; password in ${PasswordVariable})",
    };

    /// <summary>The signer, or null when no certificate is named (the document is issued unsigned and its record says so).</summary>
    public static PadesSigner? Signer(string? option)
    {
        var path = option ?? Environment.GetEnvironmentVariable(CertificateVariable);
        if (string.IsNullOrEmpty(path)) return null;
        if (!File.Exists(path)) throw new InputException(new Diagnostic(path, 0, 0, null, "the signing certificate file does not exist"));
        try
        {
            return PadesSigner.FromPkcs12(path, Environment.GetEnvironmentVariable(PasswordVariable));
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new InputException(new Diagnostic(path, 0, 0, null, $"not a PKCS#12 file this password opens ({PasswordVariable}): {e.Message}"));
        }
    }
}
