using Reporting.Cap;
using Reporting.Collateral;
using Reporting.Ratings;
using Reporting.Loans;

namespace Reporting.Deals;

/// <summary>
/// Everything the deal terms file (<c>deal.yaml</c>) says: the deal, its parties and, for each
/// kind of contract the deal has, its terms as data. A section is null when the deal has no
/// such contract (a loan deal has no cap; a cap deal has no optional purchase of loans).
/// </summary>
public sealed record DealTerms(
    string Folder,
    DealInfo Info,
    IReadOnlyList<Party> Parties,
    CapTerms? Cap,
    Interpretations Interpretations,
    OptionalPurchaseTerms? OptionalPurchase = null)
{
    /// <summary>The ratings downgrade provisions of the cap confirmation, when the deal has them.</summary>
    public RatingsDowngradeTerms? RatingsDowngrade { get; init; }

    /// <summary>The Paragraph 13 elections of the Credit Support Annex, when the deal has one.</summary>
    public CreditSupportAnnexTerms? CreditSupportAnnex { get; init; }

    /// <summary>The notice clause of the deal's agreement: how its letters identify it, cite it and travel; null when the deal sends none.</summary>
    public NoticeTerms? Notices { get; init; }

    /// <summary>
    /// Templates a deal supplies in place of the standard ones, by output kind (e.g. its own
    /// legal wording for <c>confirmation</c>); paths are relative to the templates folder.
    /// </summary>
    public IReadOnlyDictionary<string, string> DocumentTemplates { get; init; } = new Dictionary<string, string>();

    /// <summary>The file of what moved between the parties (cap payments, collateral, Interest Amounts).</summary>
    /// <summary>How the desk's watch list treats the deal: its window's calendar and when an input is stale.</summary>
    public WatchListTerms WatchList { get; init; } = WatchListTerms.Default;

    public string TransfersFile { get; init; } = "transfers.csv";

    public Party? FindParty(string key) =>
        Parties.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The input files the terms name, each with where the terms name it; file names are read
    /// only through <see cref="Inputs.IInputFiles"/>, which checks them.
    /// </summary>
    public IReadOnlyDictionary<string, Inputs.InputFileSource> InputFiles { get; init; } = new Dictionary<string, Inputs.InputFileSource>();
}
