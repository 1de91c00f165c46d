using System.CommandLine;
using System.Text.Json;
using Reporting.Documents;
using Reporting.Documents.Diagnostics;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting render TEMPLATE --model MODEL.json --out FILE.pdf|FILE.png [--page N]</c>: any template
/// with a JSON model. The template's folder is the include root, or the enclosing <c>templates/</c>
/// folder when the template lives under one. Output is written to a temporary file and moved into
/// place, so an error leaves nothing behind.
/// </summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        // Checked in Run rather than by the parser, so a missing one is a usage error (exit 2).
        var template = new Argument<FileInfo?>("template") { Description = "The .sbn template to render.", Arity = ArgumentArity.ZeroOrOne };
        var model = new Option<FileInfo?>("--model") { Description = "JSON file with the template's model (required)." };
        var output = new Option<FileInfo?>("--out") { Description = "Output file (required): .pdf for the document, .png for a page preview." };
        var page = new Option<int>("--page") { Description = "Page to preview when writing PNG (1-based).", DefaultValueFactory = _ => 1 };
        var dpi = new Option<int>("--dpi") { Description = "PNG resolution.", DefaultValueFactory = _ => 150 };

        var command = new Command("render", "Render a document template with a JSON model to PDF, or one page to PNG.")
        {
            template, model, output, page, dpi,
        };
        command.SetAction(parseResult =>
        {
            var missing = new[] { ("TEMPLATE", parseResult.GetValue(template) is null), ("--model", parseResult.GetValue(model) is null), ("--out", parseResult.GetValue(output) is null) }
                .Where(m => m.Item2).Select(m => m.Item1).ToList();
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"usage: reporting render TEMPLATE --model MODEL.json --out FILE.pdf|FILE.png [--page N]; missing {string.Join(", ", missing)}");
                return 2;
            }
            return Run(parseResult.GetValue(template)!, parseResult.GetValue(model)!, parseResult.GetValue(output)!,
                parseResult.GetValue(page), parseResult.GetValue(dpi));
        });
        return command;
    }

    private static int Run(FileInfo template, FileInfo modelFile, FileInfo output, int page, int dpi)
    {
        var extension = output.Extension.ToLowerInvariant();
        if (extension is not (".pdf" or ".png"))
        {
            Console.Error.WriteLine($"{output.Name}: the output must end in .pdf or .png");
            return 2;
        }
        if (!template.Exists)
        {
            Console.Error.WriteLine($"{template.FullName}: template not found");
            return 1;
        }
        if (!modelFile.Exists)
        {
            Console.Error.WriteLine($"{modelFile.FullName}: model not found");
            return 1;
        }

        JsonDocument model;
        try
        {
            model = JsonDocument.Parse(File.ReadAllText(modelFile.FullName));
        }
        catch (JsonException e)
        {
            Console.Error.WriteLine($"{Display(modelFile.FullName)}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: invalid JSON: {e.Message}");
            return 1;
        }

        var root = IncludeRoot(template);
        var name = Path.GetRelativePath(root, template.FullName);
        try
        {
            using var renderer = new DocumentRenderer(root);
            // A document's model in results.json has no lifecycle: render it as the run did, a draft.
            var scriptModel = Reporting.Templating.TemplateModel.FromJson(model.RootElement);
            if (!scriptModel.ContainsKey("lifecycle")) Reporting.Cycle.DocumentMarking.ForDraft.AddTo(scriptModel);
            var document = renderer.Render(name, scriptModel);
            byte[] bytes;
            if (extension == ".png")
            {
                if (page < 1 || page > document.PageCount)
                {
                    Console.Error.WriteLine($"--page {page}: the document has pages 1 to {document.PageCount}");
                    return 1;
                }
                bytes = document.RenderPng(page, dpi);
            }
            else
            {
                bytes = document.Pdf;
            }
            WriteAtomically(output, bytes);
            Console.WriteLine($"{Display(output.FullName)}: {document.PageCount} page(s), {bytes.Length:N0} bytes");
            return 0;
        }
        catch (DocumentError error)
        {
            foreach (var diagnostic in error.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic with { File = Display(diagnostic.File) });
            }
            return 1;
        }
    }

    /// <summary>The nearest enclosing folder named "templates", else the template's own folder.</summary>
    private static string IncludeRoot(FileInfo template)
    {
        for (var folder = template.Directory; folder is not null; folder = folder.Parent)
        {
            if (folder.Name == "templates")
            {
                return folder.FullName;
            }
        }
        return template.DirectoryName!;
    }

    private static void WriteAtomically(FileInfo output, byte[] bytes)
    {
        var folder = output.DirectoryName!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{output.Name}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, output.FullName, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
