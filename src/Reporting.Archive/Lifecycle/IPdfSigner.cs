namespace Reporting.Archive.Lifecycle;

/// <summary>Signs a PDF by appending an incremental update, so what came before stays a byte prefix.</summary>
public interface IPdfSigner
{
    /// <summary>Who signs, as the certificate names them.</summary>
    string Subject { get; }

    /// <param name="signingTime">The time the signature claims (the signature dictionary's <c>/M</c>):
    /// the time recorded for the issue, never the clock, so the same inputs give the same bytes.</param>
    byte[] Sign(byte[] pdf, NodaTime.OffsetDateTime signingTime);
}
