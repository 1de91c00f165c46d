using NodaTime;
using Reporting.Calendars;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Loans;

/// <summary>
/// Streams <c>loans.csv</c> (INPUTS.md): one row per loan per monthly tape. Each valid row is
/// handed to a sink as it is read and nothing of it is kept here, so a million-row tape costs
/// no more memory than a small one.
/// </summary>
public static class LoanTapeCsv
{
    public const string LoanId = "loan_id";
    public const string ReportDate = "report_date";
    public const string Upb = "upb";
    public const string NextDueDate = "next_due_date";
    public const string NoteRate = "note_rate_percent";
    public const string ServicingFee = "servicing_fee_percent";

    /// <summary>Optional: unreimbursed (P&amp;I) Advances outstanding on the loan at the report date, USD.</summary>
    public const string Advances = "advances";

    /// <summary>Optional: unreimbursed Servicing Advances outstanding on the loan at the report date, USD.</summary>
    public const string ServicingAdvances = "servicing_advances";

    private static readonly string[] _columns = { ReportDate, LoanId, Upb, NextDueDate, NoteRate, ServicingFee };
    private static readonly string[] _optionalColumns = { Advances, ServicingAdvances };

    /// <summary>
    /// Reads the file, checking every row; each valid row goes to <paramref name="sink"/> with
    /// its line, and what the sink says is wrong with it (a duplicate or out-of-order report
    /// date) is recorded against the row's report_date.
    /// </summary>
    /// <returns>The number of data rows read.</returns>
    public static long Read(TextReader text, string displayName, InputErrors errors, Func<string, LoanSnapshot, int, string?> sink) =>
        Read(text, displayName, errors, sink, out _);

    /// <param name="optionalColumns">The optional columns the file's header names.</param>
    public static long Read(TextReader text, string displayName, InputErrors errors, Func<string, LoanSnapshot, int, string?> sink,
        out IReadOnlySet<string> optionalColumns)
    {
        long rows = 0;
        var present = new HashSet<string>(StringComparer.Ordinal);
        optionalColumns = present;
        CsvInput.Read(text, displayName, _columns, _optionalColumns, errors, row =>
        {
            if (rows == 0) present.UnionWith(_optionalColumns.Where(row.Has));
            rows++;
            var loanId = row.RequiredText(LoanId);
            var reportDate = row.Date(ReportDate);
            var upb = row.NonNegativeDecimal(Upb);
            var nextDue = row.Date(NextDueDate);
            var noteRate = Percent(row, NoteRate);
            var fee = Percent(row, ServicingFee);
            var advances = Amount(row, Advances);
            var servicingAdvances = Amount(row, ServicingAdvances);
            if (row.HasErrors) return;
            if (fee > noteRate)
            {
                row.Error(ServicingFee, $"'{row.Text(ServicingFee)}' is above note_rate_percent '{row.Text(NoteRate)}' (the net mortgage rate would be negative)");
                return;
            }
            var problem = sink(loanId, new LoanSnapshot(reportDate, upb, nextDue, noteRate, fee, advances, servicingAdvances), row.Line);
            if (problem is not null) row.Error(ReportDate, problem);
        });
        return rows;
    }

    /// <summary>An optional amount in USD, zero or more: 0 when the file has no such column; a cell may not be empty.</summary>
    private static decimal Amount(CsvRow row, string column) => row.Has(column) ? row.NonNegativeDecimal(column) : 0m;

    /// <summary>A rate in percent: 7.25 for 7.25%. A value above 100 is a unit mistake, not a rate.</summary>
    private static decimal Percent(CsvRow row, string column)
    {
        var value = row.NonNegativeDecimal(column);
        if (value > 100m) row.Error(column, $"'{row.Text(column)}' is out of range (expected a percentage from 0 to 100, e.g. 7.25 for 7.25%)");
        return value;
    }
}
