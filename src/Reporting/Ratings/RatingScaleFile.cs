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
    private static readonly Lazy<RatingScaleFile> shipped = new(LoadShipped);

    private RatingScaleFile(IReadOnlyList<RatingAgency> agencies, IReadOnlyList<RatingScale> scales, IReadOnlyList<string> withdrawn)
    {
        Agencies = agencies;
        Scales = scales;
        WithdrawnSymbols = withdrawn;
    }

    public static RatingScaleFile Shipped => shipped.Value;

    public IReadOnlyList<RatingAgency> Agencies { get; }

    public IReadOnlyList<RatingScale> Scales { get; }

    public IReadOnlyList<string> WithdrawnSymbols { get; }

    /// <summary>Reads a scales file; every defect is added to <paramref name="errors"/>.</summary>
    public static RatingScaleFile Read(TextReader text, string displayName, InputErrors errors)
    {
        var file = TermsFile.Read(text, displayName, errors);
        var agencies = new List<RatingAgency>();
        var scales = new List<RatingScale>();
        if (file.Root is not TermsNode root) return new RatingScaleFile(agencies, scales, Array.Empty<string>());

        var withdrawn = root.StringList("withdrawn_symbols");
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
        if (agencies.Count == 0) root.Error("agencies", "expected at least one rating agency");
        root.RejectUnknownKeys();
        return new RatingScaleFile(agencies, scales, withdrawn);
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
