using System.Globalization;
using System.Text;

namespace Reporting.Archive.Pdf;

/// <summary>
/// Reads PDF objects (ISO 32000-1, 7.3) from a position in a file's bytes: dictionaries, arrays,
/// names, numbers, strings, references and the keywords around indirect objects.
/// </summary>
internal sealed class PdfParser(byte[] data, int position)
{
    public int Position { get; private set; } = position;

    /// <summary>Reads <c>N G obj</c> and the object after it; the stream data of a stream object is not read.</summary>
    public (int Number, PdfObject Value) ReadIndirectObject()
    {
        var number = ReadInteger();
        ReadInteger();
        ExpectKeyword("obj");
        return ((int)number, ReadObject());
    }

    public PdfObject ReadObject()
    {
        SkipWhitespaceAndComments();
        if (Position >= data.Length) throw Error("unexpected end of file");
        var c = data[Position];
        if (c == '<' && Peek(1) == '<') return ReadDictionary();
        if (c == '<') return ReadHexString();
        if (c == '[') return ReadArray();
        if (c == '(') return ReadLiteralString();
        if (c == '/') return ReadName();
        if (IsNumberStart(c)) return ReadNumberOrReference();
        var keyword = ReadToken();
        return keyword is "true" or "false" or "null" ? new PdfLiteral(keyword) : throw Error($"unexpected '{keyword}'");
    }

    public long ReadInteger()
    {
        SkipWhitespaceAndComments();
        var token = ReadToken();
        return long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"expected an integer, found '{token}'");
    }

    public void ExpectKeyword(string keyword)
    {
        SkipWhitespaceAndComments();
        var token = ReadToken();
        if (token != keyword) throw Error($"expected '{keyword}', found '{token}'");
    }

    /// <summary>The next regular-character token without consuming it (used to find 'trailer' after xref entries).</summary>
    public string PeekToken()
    {
        var saved = Position;
        SkipWhitespaceAndComments();
        var token = ReadToken();
        Position = saved;
        return token;
    }

    private PdfDictionary ReadDictionary()
    {
        Position += 2;
        var dictionary = new PdfDictionary();
        while (true)
        {
            SkipWhitespaceAndComments();
            if (Position + 1 < data.Length && data[Position] == '>' && data[Position + 1] == '>')
            {
                Position += 2;
                return dictionary;
            }
            if (ReadObject() is not PdfName key) throw Error("a dictionary key must be a name");
            dictionary.Set(key.Value, ReadObject());
        }
    }

    private PdfArray ReadArray()
    {
        Position++;
        var items = new List<PdfObject>();
        while (true)
        {
            SkipWhitespaceAndComments();
            if (Position >= data.Length) throw Error("unterminated array");
            if (data[Position] == ']')
            {
                Position++;
                return new PdfArray(items);
            }
            items.Add(ReadObject());
        }
    }

    private PdfName ReadName()
    {
        Position++;
        var bytes = new List<byte>();
        while (Position < data.Length && IsRegular(data[Position]))
        {
            if (data[Position] == '#' && Position + 2 < data.Length)
            {
                bytes.Add(byte.Parse(Encoding.ASCII.GetString(data, Position + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                Position += 3;
            }
            else bytes.Add(data[Position++]);
        }
        return new PdfName(Encoding.UTF8.GetString(bytes.ToArray()));
    }

    private PdfString ReadLiteralString()
    {
        var start = ++Position;
        var depth = 1;
        while (Position < data.Length)
        {
            var c = data[Position];
            if (c == '\\') Position++;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) break;
            Position++;
        }
        if (Position >= data.Length) throw Error("unterminated string");
        var raw = data[start..Position];
        Position++;
        return PdfString.Raw(raw, hex: false);
    }

    private PdfString ReadHexString()
    {
        var start = ++Position;
        while (Position < data.Length && data[Position] != '>') Position++;
        if (Position >= data.Length) throw Error("unterminated hex string");
        var raw = data[start..Position];
        Position++;
        return PdfString.Raw(raw, hex: true);
    }

    /// <summary>A number, or <c>N G R</c> when two integers are followed by R.</summary>
    private PdfObject ReadNumberOrReference()
    {
        var first = ReadToken();
        var saved = Position;
        SkipWhitespaceAndComments();
        if (IsInteger(first) && Position < data.Length && IsNumberStart(data[Position]))
        {
            var second = ReadToken();
            SkipWhitespaceAndComments();
            if (IsInteger(second) && Position < data.Length && data[Position] == 'R' &&
                (Position + 1 == data.Length || !IsRegular(data[Position + 1])))
            {
                Position++;
                return new PdfReference(int.Parse(first, CultureInfo.InvariantCulture), int.Parse(second, CultureInfo.InvariantCulture));
            }
        }
        Position = saved;
        return new PdfNumber(first);
    }

    private string ReadToken()
    {
        var start = Position;
        while (Position < data.Length && IsRegular(data[Position])) Position++;
        return Encoding.ASCII.GetString(data, start, Position - start);
    }

    private void SkipWhitespaceAndComments()
    {
        while (Position < data.Length)
        {
            var c = data[Position];
            if (IsWhitespace(c)) Position++;
            else if (c == '%')
            {
                while (Position < data.Length && data[Position] != '\n' && data[Position] != '\r') Position++;
            }
            else return;
        }
    }

    private int Peek(int ahead) => Position + ahead < data.Length ? data[Position + ahead] : -1;

    private static bool IsInteger(string token) => token.Length > 0 && token.All(char.IsAsciiDigit);

    private static bool IsNumberStart(byte c) => c is (byte)'+' or (byte)'-' or (byte)'.' || (c >= '0' && c <= '9');

    private static bool IsWhitespace(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsRegular(byte c) => !IsWhitespace(c) && "()<>[]{}/%".IndexOf((char)c) < 0;

    private PdfFormatException Error(string message) => new($"PDF syntax at byte {Position}: {message}");
}
