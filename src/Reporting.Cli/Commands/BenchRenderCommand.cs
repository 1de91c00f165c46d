using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Reporting.Documents;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting bench render</c>: pages per second for the sample documents (the long table-heavy
/// statement and the one-page letter), whole pipeline (template, markup, two layout passes, font
/// subsetting, PDF), pinned to one core.
/// </summary>
internal static class BenchRenderCommand
{
    public static Command Build()
    {
        var samples = new Option<DirectoryInfo?>("--samples") { Description = "Folder holding long-statement.sbn/.json and letter.sbn/.json (default: templates/samples above the current folder)." };
        var seconds = new Option<int>("--seconds") { Description = "Minimum measuring time per sample, in whole seconds.", DefaultValueFactory = _ => 5 };
        var render = new Command("render", "Measure document rendering throughput in pages per second on one core.") { samples, seconds };
        render.SetAction(parseResult => Run(parseResult.GetValue(samples), parseResult.GetValue(seconds)));
        return render;
    }

    private static int Run(DirectoryInfo? samplesOption, int seconds)
    {
        var samples = samplesOption?.FullName ?? FindSamples();
        if (samples is null || !File.Exists(Path.Combine(samples, "letter.sbn")))
        {
            Console.Error.WriteLine("cannot find templates/samples; pass --samples");
            return 2;
        }
        PinToOneCore();
        // The include root is the templates folder above the samples, as for `reporting render`.
        var root = Directory.GetParent(samples)!.FullName;
        using var renderer = new DocumentRenderer(root);
        // CPU time is reported beside wall time: on a shared machine the wall clock also measures the neighbours.
        Console.WriteLine($"{"document",-16} {"pages",6} {"renders",8} {"ms/render",10} {"pages/s",9} {"cpu ms",8} {"pages/cpu-s",12} {"KB",7}");
        foreach (var name in new[] { "long-statement", "letter" })
        {
            using var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(samples, name + ".json")));
            var template = Path.Combine(Path.GetFileName(samples), name + ".sbn");
            var warm = renderer.Render(template, model.RootElement);
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var renders = 0;
            while (stopwatch.Elapsed.TotalSeconds < seconds || renders < 3)
            {
                renderer.Render(template, model.RootElement);
                renders++;
            }
            stopwatch.Stop();
            process.Refresh();
            var cpuPerRender = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / renders;
            var perRender = stopwatch.Elapsed.TotalMilliseconds / renders;
            var pagesPerSecond = warm.PageCount * renders / stopwatch.Elapsed.TotalSeconds;
            var pagesPerCpuSecond = warm.PageCount / (cpuPerRender / 1000);
            Console.WriteLine($"{name,-16} {warm.PageCount,6} {renders,8} {perRender,10:F1} {pagesPerSecond,9:F0} {cpuPerRender,8:F1} {pagesPerCpuSecond,12:F0} {warm.Pdf.Length / 1024.0,7:F0}");
        }
        return 0;
    }

    private static string? FindSamples()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "templates", "samples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static void PinToOneCore()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }
    }
}
