using System.Text.Json;
using Scriban.Runtime;

namespace Reporting.Workbooks.Templates;

/// <summary>Builds a template model from JSON, e.g. the sample model beside a sample template.</summary>
public static class TemplateModel
{
    /// <summary>
    /// Objects become Scriban objects with the JSON member names, arrays become lists, whole numbers
    /// <see cref="long"/> and other numbers <see cref="decimal"/> (never double: amounts stay exact).
    /// </summary>
    public static ScriptObject FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ToValue(document.RootElement) as ScriptObject
            ?? throw new ArgumentException("A template model must be a JSON object.", nameof(json));
    }

    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToObject(element),
        JsonValueKind.Array => new ScriptArray(element.EnumerateArray().Select(ToValue)),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static ScriptObject ToObject(JsonElement element)
    {
        var scriptObject = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            scriptObject.Add(property.Name, ToValue(property.Value));
        }

        return scriptObject;
    }
}
