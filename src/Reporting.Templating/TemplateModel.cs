using System.Collections;
using System.Text;
using System.Text.Json;
using Scriban.Runtime;

namespace Reporting.Templating;

/// <summary>
/// Turns a JSON document or a dictionary into Scriban objects. Member names become snake_case
/// (<c>accountNumber</c> and <c>AccountNumber</c> become <c>account_number</c>); JSON numbers with a
/// decimal point become <see cref="decimal"/> so money keeps its cents exactly; whole numbers become int.
/// </summary>
public static class TemplateModel
{
    /// <summary>A model from JSON text, e.g. a sample model file beside its template.</summary>
    public static ScriptObject FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    public static ScriptObject FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"A template model must be a JSON object, not {root.ValueKind}.", nameof(root));
        }
        return (ScriptObject)Convert(root)!;
    }

    public static ScriptObject FromDictionary(IDictionary<string, object?> values)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in values)
        {
            result.SetValue(SnakeCase(key), ConvertObject(value), readOnly: false);
        }
        return result;
    }

    /// <summary>A model from a .NET object (a record in a test, say): its public members under snake_case names.</summary>
    public static ScriptObject FromObject(object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model is ScriptObject scriptObject)
        {
            return scriptObject;
        }
        var imported = new ScriptObject();
        imported.Import(model, renamer: StandardMemberRenamer.Default);
        return imported;
    }

    /// <summary>camelCase or PascalCase to snake_case; names already in snake_case are unchanged.</summary>
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]) && i > 0 && char.IsUpper(name[i - 1]);
                if (previousIsLowerOrDigit || nextIsLower)
                {
                    builder.Append('_');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c == '-' || c == ' ' ? '_' : c);
            }
        }
        return builder.ToString();
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ConvertObject(element),
        JsonValueKind.Array => new ScriptArray(element.EnumerateArray().Select(Convert)),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => Number(element),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>Whole numbers written without a point become int (loops and indexes need them); others decimal.</summary>
    private static object Number(JsonElement element)
    {
        var raw = element.GetRawText();
        var whole = raw.IndexOfAny(['.', 'e', 'E']) < 0;
        if (whole && element.TryGetInt32(out var i)) return i;
        if (whole && element.TryGetInt64(out var l)) return l;
        return element.TryGetDecimal(out var d) ? d : element.GetDouble();
    }

    private static ScriptObject ConvertObject(JsonElement element)
    {
        var result = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            result.SetValue(SnakeCase(property.Name), Convert(property.Value), readOnly: false);
        }
        return result;
    }

    private static object? ConvertObject(object? value) => value switch
    {
        null => null,
        JsonElement json => Convert(json),
        IDictionary<string, object?> dictionary => FromDictionary(dictionary),
        string s => s,
        IEnumerable list => new ScriptArray(list.Cast<object?>().Select(ConvertObject)),
        _ => value,
    };
}
