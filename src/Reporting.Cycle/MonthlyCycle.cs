using Reporting.Cap;
using Reporting.Collateral;
using Reporting.Ratings;
using Reporting.Cycle.Planning;
using Reporting.Deals;
using Reporting.Inputs;

namespace Reporting.Cycle;

/// <summary>
/// The monthly cycle: load a deal, work out every document and workbook the month needs, render
/// them and write the run folder (docs/run-output.md).
/// </summary>
public static class MonthlyCycle
{
    public static RunManifest Run(RunRequest request)
    {
        var context = Load(request);
        var outputs = Plan(context);
        using var renderer = new TemplateOutputRenderer(request.TemplatesFolder);
        return RunFolderWriter.Write(context, outputs, renderer);
    }

    /// <summary>Loads the deal's terms and every input its contracts need; all errors of all files together.</summary>
    public static RunContext Load(RunRequest request)
    {
        var errors = new InputErrors();
        var terms = DealLoader.ReadTerms(request.DealFolder, errors);
        errors.ThrowIfAny();

        // Each loader checks its own files; running them all before throwing lets a user fix
        // every file of the deal in one pass.
        var cap = Collect(errors, () => terms!.Cap is null ? null : CapInputs.Load(request.DealFolder));
        // Without a ratings history neither the ratings events nor the Threshold can be judged:
        // both are left out (and the statement says so) rather than guessed.
        bool hasRatings = terms!.RatingsDowngrade is { } r && File.Exists(terms.InputPath(r.RatingsFile));
        var ratings = Collect(errors, () => hasRatings ? RatingsDataLoader.Load(terms) : null);
        var collateral = Collect(errors, () => hasRatings && terms.CreditSupportAnnex is not null ? CollateralDataLoader.Load(terms) : null);
        // The ledger settles what the cap and the annex make owed, so it loads beside their inputs.
        bool hasTransfers = File.Exists(terms.InputPath(terms.TransfersFile)) && (cap is not null || collateral is not null);
        var ledger = Collect(errors, () => hasTransfers ? Reporting.Ledger.LedgerDataLoader.Load(terms, cap, collateral) : null);
        errors.ThrowIfAny();
        return new RunContext(request, terms, cap, ratings, collateral) { Ledger = ledger };
    }

    /// <summary>Uses the deal's own template for an output kind when its terms name one.</summary>
    private static PlannedOutput WithDealTemplate(RunContext context, PlannedOutput output)
    {
        if (!context.Terms.DocumentTemplates.TryGetValue(output.Kind, out var template)) return output;
        if (!File.Exists(Path.Combine(context.Request.TemplatesFolder, template)))
        {
            throw new InputException(new InputError(DealLoader.TermsFileName, 0, 0, $"templates.{output.Kind}",
                $"no template {template} in the templates folder {context.Request.TemplatesFolder}"));
        }
        return output with { Template = template };
    }

    /// <summary>Runs a loader, adding its errors (other than ones already reported) to <paramref name="errors"/>.</summary>
    private static T? Collect<T>(InputErrors errors, Func<T?> load) where T : class
    {
        try
        {
            return load();
        }
        catch (InputException e)
        {
            var known = errors.All.ToHashSet();
            foreach (var error in e.Errors.Where(x => !known.Contains(x))) errors.Add(error);
            return null;
        }
    }

    public static IReadOnlyList<PlannedOutput> Plan(RunContext context)
    {
        IOutputPlanner[] planners =
        {
            new ConfirmationPlanner(ConfirmationProvisions.Ratings, ConfirmationProvisions.Annex),
            new TrusteeStatementPlanner(new IStatementSectionSource[] { new RatingsStatementSource(), new CollateralStatementSource(), new LedgerStatementSource(), new LoanStatementSource() }),
            new CapWorkbookPlanner(),
            new RatingsNoticePlanner(),
            new CollateralNoticePlanner(),
            new FailureNoticePlanner(),
            new CollateralWorkbookPlanner(),
            new LoanOutputPlanner(),
        };
        var outputs = planners.SelectMany(p => p.Plan(context)).Select(o => WithDealTemplate(context, o)).ToList();
        var duplicate = outputs.GroupBy(o => o.RelativePath).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two outputs of the run would both be {duplicate.Key}.");
        return outputs;
    }
}
