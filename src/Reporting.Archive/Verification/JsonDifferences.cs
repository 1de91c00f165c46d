using System.Text.Json;

namespace Reporting.Archive.Verification;

/// <summary>
/// Where two JSON documents differ, named the way a reader finds it: <c>outputs[documents/x.pdf].sha256</c>.
/// Arrays of objects with a <c>path</c> are matched by path (the manifest's lists), other arrays by position.
/// </summary>
internal static class JsonDifferences
{
    public static IReadOnlyList<string> Between(JsonElement archived, JsonElement rerendered)
    {
        var differences = new List<string>();
        Compare("", archived, rerendered, differences);
        return differences;
    }

    private static void Compare(string at, JsonElement a, JsonElement b, List<string> differences)
    {
        if (a.ValueKind == JsonValueKind.Object && b.ValueKind == JsonValueKind.Object)
        {
            var names = a.EnumerateObject().Select(p => p.Name).Union(b.EnumerateObject().Select(p => p.Name)).ToList();
            foreach (var name in names)
            {
                var path = at.Length == 0 ? name : $"{at}.{name}";
                var inA = a.TryGetProperty(name, out var va);
                var inB = b.TryGetProperty(name, out var vb);
                if (!inA) differences.Add($"{path}: only in the re-rendered run");
                else if (!inB) differences.Add($"{path}: only in the archived run");
                else Compare(path, va, vb, differences);
            }
        }
        else if (a.ValueKind == JsonValueKind.Array && b.ValueKind == JsonValueKind.Array && KeyedByPath(a) && KeyedByPath(b))
        {
            var left = a.EnumerateArray().ToDictionary(e => e.GetProperty("path").GetString()!);
            var right = b.EnumerateArray().ToDictionary(e => e.GetProperty("path").GetString()!);
            foreach (var key in left.Keys.Union(right.Keys))
            {
                var path = $"{at}[{key}]";
                if (!left.ContainsKey(key)) differences.Add($"{path}: only in the re-rendered run");
                else if (!right.ContainsKey(key)) differences.Add($"{path}: only in the archived run");
                else Compare(path, left[key], right[key], differences);
            }
        }
        else if (a.ValueKind == JsonValueKind.Array && b.ValueKind == JsonValueKind.Array)
        {
            var left = a.EnumerateArray().ToList();
            var right = b.EnumerateArray().ToList();
            for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
            {
                var path = $"{at}[{i}]";
                if (i >= left.Count) differences.Add($"{path}: only in the re-rendered run");
                else if (i >= right.Count) differences.Add($"{path}: only in the archived run");
                else Compare(path, left[i], right[i], differences);
            }
        }
        else if (a.GetRawText() != b.GetRawText())
        {
            differences.Add($"{at}: archived {Short(a)}, re-rendered {Short(b)}");
        }
    }

    private static bool KeyedByPath(JsonElement array) =>
        array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String);

    private static string Short(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length <= 80 ? text : text[..77] + "...";
    }
}
