using System.Text;

namespace Reporting.Archive.Pdf;

/// <summary>A PDF name such as <c>/Type</c>; <see cref="Value"/> is decoded (<c>application/json</c>, not <c>application#2Fjson</c>).</summary>
internal sealed class PdfName(string value) : PdfObject, IEquatable<PdfName>
{
    public string Value { get; } = value;

    public override void WriteTo(PdfOutput output)
    {
        var text = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(Value))
        {
            // Delimiters, whitespace, '#' and non-printing bytes must be written as #xx (ISO 32000-1, 7.3.5).
            var plain = b > 0x20 && b < 0x7F && "#()<>[]{}/%".IndexOf((char)b) < 0;
            text.Append(plain ? ((char)b).ToString() : "#" + b.ToString("X2"));
        }
        output.Write(text.ToString());
    }

    public bool Equals(PdfName? other) => other is not null && other.Value == Value;

    public override bool Equals(object? obj) => Equals(obj as PdfName);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => "/" + Value;
}
