using Reporting.Cycle.Planning;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Cycle;

/// <summary>
/// The monthly cycle: load a deal (each input file read once), evaluate each engine once for
/// the dates the month needs, work out every document and workbook from those results, render
/// them and write the run folder (docs/run-output.md).
/// </summary>
public static class MonthlyCycle
{
    public static RunManifest Run(RunRequest request) => Run(request, new InputFolder(request.DealFolder));

    /// <summary>Runs the cycle on the deal whose input files are <paramref name="files"/> (each is opened once).</summary>
    public static RunManifest Run(RunRequest request, IInputFiles files) => Write(Prepare(request, files));

    /// <summary>The plan and render phases: every output the month needs, written to the request's run folder.</summary>
    /// <param name="beforePlacing">Sees the complete run folder before it is moved into place (the run archives it there).</param>
    public static RunManifest Write(RunContext context, Action<string, RunManifest>? beforePlacing = null)
    {
        var outputs = Plan(context);
        using var renderer = new TemplateOutputRenderer(context.Request.TemplatesFolder);
        return RunFolderWriter.Write(context, outputs, renderer, beforePlacing);
    }

    /// <summary>
    /// Renders one PDF of the run unmarked, as it is issued (an amendment saying what it amends): the
    /// same inputs, templates and plan as the draft, so the figures are the draft's figures.
    /// </summary>
    public static byte[] RenderIssued(RunRequest request, string documentPath, DocumentMarking marking)
    {
        var context = Prepare(request);
        var output = Plan(context).FirstOrDefault(o => o.RelativePath == documentPath && o.Format == OutputFormat.Pdf)
            ?? throw new InputException(new Diagnostic(documentPath, 0, 0, null, "is not a document of this run"));
        using var renderer = new TemplateOutputRenderer(request.TemplatesFolder, marking);
        return renderer.Render(output).Bytes;
    }

    /// <summary>The load and evaluate phases: the deal as loaded and the month's results, ready to plan.</summary>
    public static RunContext Prepare(RunRequest request) => Prepare(request, new InputFolder(request.DealFolder));

    public static RunContext Prepare(RunRequest request, IInputFiles files)
    {
        var inputs = Load(request, files);
        return new RunContext(request, inputs, new MonthEvaluation(inputs, request.Period));
    }

    /// <summary>Loads the deal's terms and every input its contracts need from the deal folder; all errors of all files together.</summary>
    public static DealInputs Load(RunRequest request) => Load(request, new InputFolder(request.DealFolder));

    /// <summary>Loads the deal's terms and every input its contracts need; all errors of all files together.</summary>
    public static DealInputs Load(RunRequest request, IInputFiles files)
    {
        var errors = new InputErrors();
        if (!DealLoader.FolderExists(request.DealFolder, errors)) errors.ThrowIfAny();
        RejectTemplateLinks(request.TemplatesFolder, errors);
        // The templates' errors and the deal's come together.
        DealInputs? inputs = null;
        try
        {
            inputs = DealInputsLoader.Load(files, request.DealFolder);
        }
        catch (InputException e)
        {
            foreach (var error in e.Errors) errors.Add(error);
        }
        errors.ThrowIfAny();
        return inputs!;
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

    /// <summary>
    /// Every output of the month, each planned from what was known on its own date. The planners
    /// first say, from the month as known at its end, which documents the month needs and the date
    /// each bears; each document is then planned again from the month as known on that date (its
    /// "information as of" date), so none states a rating action, step, mark, holding, transfer,
    /// fixing, tape row or purchase dated after it.
    /// </summary>
    public static IReadOnlyList<PlannedOutput> Plan(RunContext context)
    {
        var monthEnd = context.AsOf(context.LastDay);
        var outputs = new List<PlannedOutput>();
        foreach (var planner in Planners())
        {
            foreach (var dated in planner.Plan(monthEnd).GroupBy(o => o.DocumentDate))
            {
                if (dated.Key == monthEnd.KnownOn)
                {
                    outputs.AddRange(dated);
                    continue;
                }
                var known = new Dictionary<string, PlannedOutput>(StringComparer.Ordinal);
                foreach (var o in planner.Plan(context.AsOf(dated.Key)).Where(o => o.DocumentDate == dated.Key)) known.TryAdd(o.RelativePath, o);
                foreach (var candidate in dated)
                {
                    // A document the month needs that what was known on its date does not call for
                    // would rest on a later fact: a defect of its planner, never a document to send.
                    outputs.Add(known.GetValueOrDefault(candidate.RelativePath) ?? throw new InvalidOperationException(
                        $"{candidate.RelativePath}, dated {candidate.DocumentDate:yyyy-MM-dd}, is not called for by what was known on that date."));
                }
            }
        }
        var result = outputs.Select(o => WithDealTemplate(context, o)).ToList();
        var duplicate = result.GroupBy(o => o.RelativePath).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two outputs of the run would both be {duplicate.Key}.");
        return result;
    }

    private static IOutputPlanner[] Planners() =>
    [
        new ConfirmationPlanner(ConfirmationProvisions.Ratings, ConfirmationProvisions.Annex),
        new TrusteeStatementPlanner([new RatingsStatementSource(), new CollateralStatementSource(), new LedgerStatementSource(), new LoanStatementSource()]),
        new CapWorkbookPlanner(),
        new RatingsNoticePlanner(),
        new CollateralNoticePlanner(),
        new FailureNoticePlanner(),
        new CollateralWorkbookPlanner(),
        new LoanOutputPlanner(),
    ];
}
