namespace Reporting.Workbooks.Markup;

/// <summary>
/// The number formats a workbook's cells may name: the standard ones, then those declared in
/// <c>&lt;styles&gt;</c>, which may add names or redefine standard ones (e.g. <c>percent</c> as <c>0.00%</c>).
/// </summary>
internal sealed class FormatCatalog
{
    private readonly Dictionary<string, NumberFormat> _formats = NumberFormat.Standard.ToDictionary(format => format.Name, StringComparer.Ordinal);

    public void Declare(NumberFormat format) => _formats[format.Name] = format;

    public NumberFormat this[string name] => _formats[name];

    public bool TryGet(string name, out NumberFormat format) => _formats.TryGetValue(name, out format!);

    public string KnownNames => string.Join(", ", _formats.Keys.Order(StringComparer.Ordinal));
}
