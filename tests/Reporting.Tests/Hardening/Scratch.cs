using Reporting.Testing;

namespace Reporting.Tests.Hardening;

/// <summary>
/// A scratch area for a command-line run: a copy of a sample deal in <c>deal/</c> and room beside
/// it (never inside it, which the run reads and archives whole) for <c>out/</c> and <c>archive/</c>.
/// </summary>
internal sealed class Scratch : IDisposable
{
    public Scratch(string sampleDealId)
    {
        Root = Directory.CreateTempSubdirectory("reporting-scratch-").FullName;
        Deal = Path.Combine(Root, "deal");
        Folders.Copy(Repo.Deal(sampleDealId), Deal);
    }

    public string Root { get; }

    public string Deal { get; }

    public string Out => Path.Combine(Root, "out");

    public string Archive => Path.Combine(Root, "archive");

    public string At(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    public string DealFile(string name) => Path.Combine(Deal, name);

    public CliRun Run(string period, params string[] more) =>
        CliRun.Of(new[] { "run", Deal, "--period", period, "--archive", Archive }.Concat(more).ToArray());

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
