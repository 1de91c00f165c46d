using Reporting.RunFormat;

namespace Reporting.Archive.Verification;

/// <summary>
/// Re-makes a run from archived inputs, for <see cref="ArchiveVerifier"/>. The CLI implements it
/// with the real run pipeline; the archive only needs the contract.
/// </summary>
public interface IRunRenderer
{
    /// <summary>
    /// Renders <paramref name="period"/> (YYYY-MM) of the deal whose input files are in
    /// <paramref name="dealFolder"/>, with the templates in <paramref name="templatesFolder"/>, and
    /// writes a complete run folder (docs/run-output.md: manifest.json, results.json, documents/,
    /// workbooks/) directly into <paramref name="outputFolder"/>, which does not exist yet. Bad input
    /// is reported by throwing <see cref="InputException"/>.
    /// </summary>
    void Render(string dealFolder, string period, string templatesFolder, string outputFolder);
}
