using Reporting.Cap;
using Reporting.Collateral;
using Reporting.Ratings;
using Reporting.Cycle.Planning;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Cycle;

/// <summary>
/// The monthly cycle: load a deal, work out every document and workbook the month needs, render
/// them and write the run folder (docs/run-output.md).
/// </summary>
public static class MonthlyCycle
{
    public static RunManifest Run(RunRequest request) => Render(Load(request));

    /// <summary>Plans and renders a loaded run; <paramref name="beforePlacing"/> sees the complete run folder before it is moved into place.</summary>
    public static RunManifest Render(RunContext context, Action<string, RunManifest>? beforePlacing = null)
    {
        var outputs = Plan(context);
        using var renderer = new TemplateOutputRenderer(context.Request.TemplatesFolder);
        return RunFolderWriter.Write(context, outputs, renderer, beforePlacing);
    }

    /// <summary>Loads the deal's terms and every input its contracts need; all errors of all files together.</summary>
    public static RunContext Load(RunRequest request)
    {
        var errors = new InputErrors();
        var terms = DealLoader.ReadTerms(request.DealFolder, errors);
        RejectTemplateLinks(request.TemplatesFolder, errors);
        errors.ThrowIfAny();

        // Each loader checks its own files; running them all before throwing lets a user fix
        // every file of the deal in one pass.
        var cap = Collect(errors, () => terms!.Cap is null ? null : CapInputs.Load(request.DealFolder));
        // Without a ratings history neither the ratings events nor the Threshold can be judged:
        // both are left out (and the statement says so) rather than guessed.
        // (A deal says so with `ratings_file: none`; a named file that is missing is an error.)
        bool hasRatings = terms!.RatingsDowngrade is { RatingsFile: not null };
        var ratings = Collect(errors, () => hasRatings ? RatingsDataLoader.Load(terms) : null);
        var collateral = Collect(errors, () => hasRatings && terms.CreditSupportAnnex is not null ? CollateralDataLoader.Load(terms) : null);
        errors.ThrowIfAny();
        return new RunContext(request, terms, cap, ratings, collateral);
    }

    /// <summary>
    /// The run hashes and archives the templates folder, and a template may include any file in it:
    /// a link there could lead anywhere, so none is accepted.
    /// </summary>
    private static void RejectTemplateLinks(string templatesFolder, InputErrors errors)
    {
        if (!Directory.Exists(templatesFolder))
        {
            errors.Add(templatesFolder, 0, 0, null, "no such templates folder");
            return;
        }
        foreach (var link in ConfinedPath.LinksUnder(templatesFolder, TemplateFiles.IsUsedByRuns))
            errors.Add($"templates/{link}", 0, 0, null, "is a symbolic link; the templates folder must hold its templates themselves");
    }

    /// <summary>Uses the deal's own template for an output kind when its terms name one.</summary>
    private static PlannedOutput WithDealTemplate(RunContext context, PlannedOutput output)
    {
        if (!context.Terms.DocumentTemplates.TryGetValue(output.Kind, out var template)) return output;
        var path = ConfinedPath.Resolve(context.Request.TemplatesFolder, template, out var problem);
        if (path is null || !File.Exists(path))
        {
            throw new InputException(new Diagnostic(DealLoader.TermsFileName, 0, 0, $"templates.{output.Kind}",
                problem ?? $"no template {template} in the templates folder {context.Request.TemplatesFolder}"));
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
            new TrusteeStatementPlanner(new IStatementSectionSource[] { new RatingsStatementSource(), new CollateralStatementSource(), new LoanStatementSource() }),
            new CapWorkbookPlanner(),
            new RatingsNoticePlanner(),
            new CollateralNoticePlanner(),
            new CollateralWorkbookPlanner(),
            new LoanOutputPlanner(),
        };
        var outputs = planners.SelectMany(p => p.Plan(context)).Select(o => WithDealTemplate(context, o)).ToList();
        var duplicate = outputs.GroupBy(o => o.RelativePath).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two outputs of the run would both be {duplicate.Key}.");
        return outputs;
    }
}
