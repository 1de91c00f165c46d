using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Ratings;

/// <summary>
/// The rating agencies and their scales as the data file <c>data/rating-scales.yaml</c> lists
/// them: each agency's code, printed name, and long-term and short-term grades best first. The
/// file is built into the assembly, so every run of one build uses the same scales.
/// </summary>
public sealed class RatingScaleFile
{
    private const string ResourceName = "rating-scales.yaml";
    private static readonly Lazy<RatingScaleFile> _shipped = new(LoadShipped);

    private RatingScaleFile(IReadOnlyList<RatingAgency> agencies, IReadOnlyList<RatingScale> scales, IReadOnlyList<string> withdrawn)
    {
        Agencies = agencies;
        Scales = scales;
        WithdrawnSymbols = withdrawn;
    }

    public static RatingScaleFile Shipped => _shipped.Value;

    public IReadOnlyList<RatingAgency> Agencies { get; }

    public IReadOnlyList<RatingScale> Scales { get; }

    public IReadOnlyList<string> WithdrawnSymbols { get; }

    /// <summary>The agency of this file with the code (or printed name), case-insensitive; null when none.</summary>
    public RatingAgency? Find(string text) => RatingAgency.Find(Agencies, text);

    /// <summary>"S&amp;P, Moodys or Fitch", for messages.</summary>
    public string Expected => Agencies.Count == 1 ? Agencies[0].Code
        : $"{string.Join(", ", Agencies.Take(Agencies.Count - 1).Select(a => a.Code))} or {Agencies[^1].Code}";

    /// <summary>Reads a scales file; every defect is added to <paramref name="errors"/>.</summary>
    public static RatingScaleFile Read(TextReader text, string displayName, InputErrors errors)
    {
        var file = TermsFile.Read(text, displayName, errors);
        if (file.Root is not TermsNode root) return new RatingScaleFile(Array.Empty<RatingAgency>(), Array.Empty<RatingScale>(), Array.Empty<string>());
        var withdrawn = root.StringList("withdrawn_symbols");
        var (agencies, scales) = ReadAgencies(root, withdrawn);
        if (agencies.Count == 0) root.Error("agencies", "expected at least one rating agency");
        root.RejectUnknownKeys();
        return new RatingScaleFile(agencies, scales, withdrawn);
    }

    /// <summary>
    /// The scales a deal may name: these (the shipped file's) with the agencies of the deal's
    /// <c>rating_scales:</c> section added, or put in place of the agency of the same code.
    /// </summary>
    public RatingScaleFile WithDealScales(TermsNode section)
    {
        var (added, _) = ReadAgencies(section, WithdrawnSymbols);
        if (section.Has("agencies") && added.Count == 0) section.Error("agencies", "expected at least one rating agency (or leave rating_scales out)");
        section.RejectUnknownKeys();
        var agencies = Agencies.Select(a => added.FirstOrDefault(d => string.Equals(d.Code, a.Code, StringComparison.OrdinalIgnoreCase)) ?? a)
            .Concat(added.Where(d => !Agencies.Any(a => string.Equals(a.Code, d.Code, StringComparison.OrdinalIgnoreCase))))
            .ToArray();
        return new RatingScaleFile(agencies, agencies.SelectMany(a => new[] { a.Scale(RatingTerm.Long), a.Scale(RatingTerm.Short) }).ToArray(), WithdrawnSymbols);
    }

    /// <summary>The <c>agencies:</c> list of a scales file or of a deal's <c>rating_scales:</c>.</summary>
    private static (List<RatingAgency> Agencies, List<RatingScale> Scales) ReadAgencies(TermsNode root, IReadOnlyList<string> withdrawn)
    {
        var agencies = new List<RatingAgency>();
        var scales = new List<RatingScale>();
        foreach (var node in root.SectionList("agencies"))
        {
            var code = node.RequiredString("code");
            var name = node.OptionalString("name") ?? code;
            if (agencies.Any(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase)))
                node.Error("code", $"agency '{code}' is listed twice");
            var agency = new RatingAgency(code, name);
            agencies.Add(agency);
            foreach (var term in new[] { RatingTerm.Long, RatingTerm.Short })
            {
                var key = term.Code();
                var grades = node.StringList(key);
                if (grades.Count == 0) node.Error(key, "expected the agency's grades, best first");
                var repeated = grades.GroupBy(g => g, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
                if (repeated is not null) node.Error(key, $"grade '{repeated.Key}' is listed twice");
                var clash = grades.FirstOrDefault(g => withdrawn.Contains(g, StringComparer.OrdinalIgnoreCase));
                if (clash is not null) node.Error(key, $"'{clash}' is a withdrawal symbol, not a grade");
                scales.Add(new RatingScale(agency, term, grades));
            }
            node.RejectUnknownKeys();
        }
        return (agencies, scales);
    }

    private static RatingScaleFile LoadShipped()
    {
        using var stream = typeof(RatingScaleFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the assembly lacks its {ResourceName} resource");
        using var reader = new StreamReader(stream);
        var errors = new InputErrors();
        var file = Read(reader, ResourceName, errors);
        // The file ships with the build; a defect in it is ours, never the user's.
        if (errors.Count > 0) throw new InvalidOperationException($"{ResourceName} is not valid: {string.Join("; ", errors.All.Select(e => e.ToString()))}");
        return file;
    }
}
