using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reporting.Workbooks.Writing;

/// <summary>
/// The workbook's shared string table: each distinct text once, indexed in order of first use.
/// </summary>
internal sealed class SharedStrings
{
    private readonly List<string> _texts = [];
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private int _references;

    public int IndexOf(string text)
    {
        _references++;
        if (!_indexes.TryGetValue(text, out var index))
        {
            index = _texts.Count;
            _texts.Add(text);
            _indexes.Add(text, index);
        }

        return index;
    }

    public SharedStringTable Build() =>
        new(_texts.Select(text => new SharedStringItem(new Text(text)
        {
            // Without this, readers drop leading and trailing spaces.
            Space = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? SpaceProcessingModeValues.Preserve : null,
        })))
        {
            Count = (uint)_references,
            UniqueCount = (uint)_texts.Count,
        };
}
