using System.Globalization;

namespace Reporting.Documents.Markup;

/// <summary>Parses lengths written in markup: <c>12</c> or <c>12pt</c>, <c>1in</c>, <c>25mm</c>, <c>2.5cm</c>.</summary>
internal static class Length
{
    public static bool TryParse(string text, out float points)
    {
        var (number, factor) = text.Trim() switch
        {
            var t when t.EndsWith("pt", StringComparison.Ordinal) => (t[..^2], 1f),
            var t when t.EndsWith("in", StringComparison.Ordinal) => (t[..^2], 72f),
            var t when t.EndsWith("mm", StringComparison.Ordinal) => (t[..^2], 72f / 25.4f),
            var t when t.EndsWith("cm", StringComparison.Ordinal) => (t[..^2], 72f / 2.54f),
            var t => (t, 1f),
        };
        if (float.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && float.IsFinite(value))
        {
            points = value * factor;
            return true;
        }
        points = 0;
        return false;
    }
}
