namespace Reporting.Workbooks.Markup;

/// <summary>
/// Finds the references, names and function calls in an Excel formula (A1 style, no leading <c>=</c>).
/// </summary>
/// <remarks>
/// This is not a full formula parser: operators, numbers and literals are skipped, and Excel checks
/// the grammar when it recalculates. Its one job is to find what a formula points at, so that a
/// formula pointing at nothing is reported against the markup line that wrote it.
/// </remarks>
public static class FormulaScanner
{
    public static IReadOnlyList<FormulaToken> Scan(string formula)
    {
        var tokens = new List<FormulaToken>();
        var i = 0;
        while (i < formula.Length)
        {
            var c = formula[i];
            if (c == '"')
            {
                i = SkipQuoted(formula, i, '"');
            }
            else if (c == '\'')
            {
                var start = i;
                var end = SkipQuoted(formula, i, '\'');
                var sheet = formula[(start + 1)..(end - 1)].Replace("''", "'", StringComparison.Ordinal);
                if (end < formula.Length && formula[end] == '!')
                {
                    i = ReadReferenceAfterSheet(formula, start, end + 1, sheet, tokens);
                }
                else
                {
                    i = end;
                }
            }
            else if (c == '#')
            {
                // Error literals such as #N/A or #DIV/0!: nothing to resolve.
                i++;
                while (i < formula.Length && (char.IsAsciiLetterOrDigit(formula[i]) || formula[i] is '/' or '!' or '?'))
                {
                    i++;
                }
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < formula.Length && char.IsAsciiDigit(formula[i + 1])))
            {
                i = ReadNumberOrRowRange(formula, i, tokens);
            }
            else if (IsIdentifierStart(c))
            {
                i = ReadIdentifier(formula, i, tokens);
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c is '_' or '\\' or '$';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '$' or '\\';

    /// <summary>Returns the index just past a quoted run; a doubled quote inside is an escaped quote.</summary>
    private static int SkipQuoted(string formula, int start, char quote)
    {
        var i = start + 1;
        while (i < formula.Length)
        {
            if (formula[i] == quote)
            {
                if (i + 1 < formula.Length && formula[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        return formula.Length;
    }

    private static int ReadWhile(string formula, int start, Func<char, bool> accept)
    {
        var i = start;
        while (i < formula.Length && accept(formula[i]))
        {
            i++;
        }

        return i;
    }

    private static int ReadNumberOrRowRange(string formula, int start, List<FormulaToken> tokens)
    {
        var i = ReadWhile(formula, start, c => char.IsAsciiDigit(c) || c == '.');
        if (i < formula.Length && formula[i] is 'E' or 'e')
        {
            var exponent = i + 1;
            if (exponent < formula.Length && formula[exponent] is '+' or '-')
            {
                exponent++;
            }

            if (exponent < formula.Length && char.IsAsciiDigit(formula[exponent]))
            {
                i = ReadWhile(formula, exponent, char.IsAsciiDigit);
            }
        }
        else if (i < formula.Length && formula[i] == ':' && i + 1 < formula.Length && (char.IsAsciiDigit(formula[i + 1]) || formula[i + 1] == '$'))
        {
            var end = ReadWhile(formula, i + 1, c => char.IsAsciiDigit(c) || c == '$');
            tokens.Add(new FormulaToken(FormulaTokenKind.WholeLines, formula[start..end], start, end - start));
            return end;
        }

        return i;
    }

    private static int ReadIdentifier(string formula, int start, List<FormulaToken> tokens)
    {
        var end = ReadWhile(formula, start, IsIdentifierPart);
        var text = formula[start..end];
        if (end < formula.Length && formula[end] == '!')
        {
            return ReadReferenceAfterSheet(formula, start, end + 1, text, tokens);
        }

        if (end < formula.Length && formula[end] == '(')
        {
            tokens.Add(new FormulaToken(FormulaTokenKind.Function, text, start, end - start));
            return end + 1;
        }

        if (end < formula.Length && formula[end] == '[')
        {
            tokens.Add(new FormulaToken(FormulaTokenKind.TableReference, text, start, end - start));
            return SkipBrackets(formula, end);
        }

        return ReadReferenceOrName(formula, start, end, sheetName: null, tokens);
    }

    /// <summary>Reads what follows <c>Sheet!</c>: a cell, a range, or a sheet-level name.</summary>
    private static int ReadReferenceAfterSheet(string formula, int tokenStart, int referenceStart, string sheet, List<FormulaToken> tokens)
    {
        var end = ReadWhile(formula, referenceStart, IsIdentifierPart);
        return ReadReferenceOrName(formula, tokenStart, end, sheet, tokens, referenceStart);
    }

    private static int ReadReferenceOrName(string formula, int tokenStart, int end, string? sheetName, List<FormulaToken> tokens, int? referenceStart = null)
    {
        var first = formula[(referenceStart ?? tokenStart)..end];
        if (CellAddress.TryParse(first, out var firstAddress))
        {
            var range = CellRange.Single(firstAddress);
            if (end < formula.Length && formula[end] == ':')
            {
                var secondEnd = ReadWhile(formula, end + 1, IsIdentifierPart);
                if (CellRange.TryParse(formula.AsSpan((referenceStart ?? tokenStart)..secondEnd), out var twoCorners))
                {
                    range = twoCorners;
                    end = secondEnd;
                }
            }

            tokens.Add(new FormulaToken(FormulaTokenKind.Reference, formula[tokenStart..end], tokenStart, end - tokenStart, sheetName, range));
            return end;
        }

        if (CellAddress.TryParseColumn(first, out _) && end < formula.Length && formula[end] == ':')
        {
            var secondEnd = ReadWhile(formula, end + 1, IsIdentifierPart);
            if (CellAddress.TryParseColumn(formula.AsSpan((end + 1)..secondEnd), out _))
            {
                tokens.Add(new FormulaToken(FormulaTokenKind.WholeLines, formula[tokenStart..secondEnd], tokenStart, secondEnd - tokenStart, sheetName));
                return secondEnd;
            }
        }

        if (first.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || first.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
        {
            return end;
        }

        tokens.Add(new FormulaToken(FormulaTokenKind.Name, first, tokenStart, end - tokenStart, sheetName));
        return end;
    }

    private static int SkipBrackets(string formula, int start)
    {
        var depth = 0;
        for (var i = start; i < formula.Length; i++)
        {
            switch (formula[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                case '\'':
                    // An apostrophe escapes the next character inside a structured reference.
                    i++;
                    break;
            }
        }

        return formula.Length;
    }
}
