namespace Reporting.Archive.Pdf;

/// <summary>A dictionary that keeps its keys in order, so what is read is written back in the same order.</summary>
internal sealed class PdfDictionary : PdfObject
{
    private readonly List<KeyValuePair<string, PdfObject>> _entries = new();

    public PdfDictionary()
    {
    }

    public PdfDictionary(IEnumerable<(string Key, PdfObject Value)> entries)
    {
        foreach (var (key, value) in entries) Set(key, value);
    }

    public IEnumerable<KeyValuePair<string, PdfObject>> Entries => _entries;

    public PdfObject? Get(string key) => _entries.FirstOrDefault(e => e.Key == key).Value;

    /// <summary>Replaces the value of an existing key in place, or appends the key.</summary>
    public PdfDictionary Set(string key, PdfObject value)
    {
        var index = _entries.FindIndex(e => e.Key == key);
        if (index >= 0) _entries[index] = new(key, value);
        else _entries.Add(new(key, value));
        return this;
    }

    public override void WriteTo(PdfOutput output)
    {
        output.Write("<<");
        var first = true;
        foreach (var (key, value) in _entries)
        {
            if (!first) output.Write(" ");
            first = false;
            new PdfName(key).WriteTo(output);
            output.Write(" ");
            value.WriteTo(output);
        }
        output.Write(">>");
    }
}
