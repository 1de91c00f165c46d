using Reporting.Cap;
using Reporting.Inputs;
using Reporting.Loans;
using Reporting.RunFormat;

namespace Reporting.Deals;

/// <summary>
/// Loads a deal folder's terms file. Every error of the file is collected and thrown together
/// as an <see cref="InputException"/>.
/// </summary>
public static class DealLoader
{
    public const string TermsFileName = "deal.yaml";

    public static DealTerms LoadTerms(string folder)
    {
        var errors = new InputErrors();
        var terms = ReadTerms(folder, errors);
        errors.ThrowIfAny();
        return terms!;
    }

    /// <summary>Reads the terms, adding problems to <paramref name="errors"/>; null when unreadable.</summary>
    public static DealTerms? ReadTerms(string folder, InputErrors errors)
    {
        if (!FolderExists(folder, errors)) return null;
        return ReadTerms(new InputFolder(folder), errors, folder);
    }

    /// <summary>Whether the deal folder exists; an error when it does not.</summary>
    public static bool FolderExists(string folder, InputErrors errors)
    {
        if (Directory.Exists(folder)) return true;
        errors.Add(folder, 0, 0, null, "no such deal folder");
        return false;
    }

    /// <summary>Reads the terms file of <paramref name="files"/>, adding problems to <paramref name="errors"/>; null when unreadable.</summary>
    /// <param name="folderName">The folder as the user named it, for the message when it has no terms file.</param>
    public static DealTerms? ReadTerms(IInputFiles files, InputErrors errors, string? folderName = null)
    {
        int before = errors.Count;
        InputFolder.RejectLinks(files.Folder, errors);
        if (errors.Count > before) return null; // a linked file may lie outside the deal folder: read nothing
        if (files.Check(TermsFileName) is not null)
        {
            errors.Add(TermsFileName, 0, 0, null, $"the deal folder {folderName ?? files.Folder} has no {TermsFileName}");
            return null;
        }

        TermsFile file;
        using (var text = files.OpenText(TermsFileName)) file = TermsFile.Load(text, TermsFileName, errors);
        var root = file.Root;
        if (root is null) return null;

        var info = new DealInfo(
            DealIds.Read(root),
            root.RequiredString("name"),
            root.OptionalChoice("scenario", DealInfo.Scenarios) ?? "actual",
            root.OptionalString("description"));
        root.OptionalString("$schema"); // editors' hint; not part of the terms
        var parties = PartiesLoader.Read(root);
        var calendars = DealCalendarsLoader.Read(root);
        var cap = root.OptionalSection("cap") is { } capNode ? CapTermsLoader.Read(capNode, parties, calendars) : null;
        var ratingsDowngrade = root.OptionalSection("ratings_downgrade") is { } ratingsNode
            ? Ratings.RatingsDowngradeTermsLoader.Read(ratingsNode, parties, calendars) : null;
        var creditSupportAnnex = root.OptionalSection("credit_support_annex") is { } csaNode
            ? Collateral.CreditSupportAnnexTermsLoader.Read(csaNode, parties, calendars) : null;
        var optionalPurchase = root.OptionalSection("optional_purchase") is { } purchaseNode
            ? OptionalPurchaseTermsLoader.Read(purchaseNode, parties, calendars)
            : null;
        var notices = root.OptionalSection("notices") is { } noticesNode ? NoticeTermsLoader.Read(noticesNode) : null;
        var interpretations = InterpretationsLoader.Read(root);
        var templates = DocumentTemplatesLoader.Read(root);
        var watchList = WatchListTermsLoader.Read(root, calendars);
        // Optional by default (a deal may keep no ledger); once the key names a file, it must be there.
        var transfersFile = root.OptionalString("transfers_file") is null ? "transfers.csv" : root.InputFile("transfers_file", "transfers.csv");
        root.RejectUnknownKeys();

        return new DealTerms(files.Folder, info, parties, cap, interpretations, OptionalPurchase: optionalPurchase)
        {
            DocumentTemplates = templates,
            RatingsDowngrade = ratingsDowngrade,
            CreditSupportAnnex = creditSupportAnnex,
            Notices = notices,
            TransfersFile = transfersFile,
            WatchList = watchList,
            InputFiles = file.InputFiles,
        };
    }
}
