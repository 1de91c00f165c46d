namespace Reporting.Archive.Lifecycle;

/// <summary>Signs a PDF by appending an incremental update, so what came before stays a byte prefix.</summary>
public interface IPdfSigner
{
    /// <summary>Who signs, as the certificate names them.</summary>
    string Subject { get; }

    byte[] Sign(byte[] pdf);
}
