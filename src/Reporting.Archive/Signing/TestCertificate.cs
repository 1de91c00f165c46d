using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Reporting.Archive.Signing;

/// <summary>
/// A self-signed certificate for tests and samples (never for real documents): RSA 2048, SHA-256,
/// digital signature and non-repudiation, exported as PKCS#12.
/// </summary>
public static class TestCertificate
{
    public static byte[] CreatePkcs12(string subject, string? password, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        return certificate.Export(X509ContentType.Pkcs12, password);
    }
}
