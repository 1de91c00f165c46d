using Reporting.RunFormat;
using Reporting.Inputs;

namespace Reporting.Loans;

/// <summary>
/// A loan tape file (<c>loans.csv</c>) as loaded: every loan's checked rows, in report-date
/// order, grouped by loan in the order loans first appear. The file is streamed once and only
/// the parsed values are kept (a row is one <see cref="LoanSnapshot"/> and its line number,
/// about 100 bytes with the advances amounts, measured with <c>reporting bench loans</c>), so the engine is a pure
/// function of the loaded tape and a date and can judge any number of dates without reading
/// the file again. The price is memory that grows with the rows, not only with the loans.
/// </summary>
public sealed class LoanTape
{
    public static readonly LoanTape Empty = new(Array.Empty<LoanRows>(), 0, new HashSet<string>());

    private LoanTape(IReadOnlyList<LoanRows> loans, long rows, IReadOnlySet<string> optionalColumns)
    {
        Loans = loans;
        Rows = rows;
        OptionalColumns = optionalColumns;
    }

    /// <summary>The optional columns the file carries (<c>advances</c>, <c>servicing_advances</c>).</summary>
    public IReadOnlySet<string> OptionalColumns { get; }

    /// <summary>Each loan's rows, loans in the order they first appear in the file.</summary>
    public IReadOnlyList<LoanRows> Loans { get; }

    /// <summary>Data rows of the file (all dates).</summary>
    public long Rows { get; }

    /// <summary>
    /// Streams the file, checking every row and that each loan's rows come in report-date order;
    /// errors go to <paramref name="errors"/>.
    /// </summary>
    public static LoanTape Read(TextReader text, string displayName, InputErrors errors)
    {
        var byLoan = new Dictionary<string, LoanRows.Builder>(StringComparer.Ordinal);
        var order = new List<LoanRows.Builder>();
        long rows = 0;
        LoanTapeCsv.Read(text, displayName, errors, (loanId, snapshot, line) =>
        {
            if (!byLoan.TryGetValue(loanId, out var loan))
            {
                loan = new LoanRows.Builder(loanId);
                byLoan.Add(loanId, loan);
                order.Add(loan);
            }
            else if (OptionalPurchaseFold.OrderProblem(loanId, loan.LastDate, loan.LastLine, snapshot.ReportDate) is { } problem)
            {
                return problem;
            }
            loan.Add(snapshot, line);
            rows++;
            return null;
        }, out var optionalColumns);
        return new LoanTape(order.Select(b => b.Build()).ToArray(), rows, optionalColumns);
    }
}

/// <summary>One loan's rows of the tape, in report-date order, with the line of each.</summary>
public sealed class LoanRows
{
    private LoanRows(string loanId, LoanSnapshot[] snapshots, int[] lines)
    {
        LoanId = loanId;
        Snapshots = snapshots;
        Lines = lines;
    }

    public string LoanId { get; }

    public IReadOnlyList<LoanSnapshot> Snapshots { get; }

    /// <summary>The file line of each snapshot, by position.</summary>
    public IReadOnlyList<int> Lines { get; }

    internal sealed class Builder(string loanId)
    {
        private readonly List<LoanSnapshot> _snapshots = new();
        private readonly List<int> _lines = new();

        public NodaTime.LocalDate LastDate => _snapshots[^1].ReportDate;

        public int LastLine => _lines[^1];

        public void Add(LoanSnapshot snapshot, int line)
        {
            _snapshots.Add(snapshot);
            _lines.Add(line);
        }

        public LoanRows Build() => new(loanId, _snapshots.ToArray(), _lines.ToArray());
    }
}
