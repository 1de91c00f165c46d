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

    private static readonly string[] Columns = { ReportDate, LoanId, Upb, NextDueDate, NoteRate, ServicingFee };

    /// <summary>
    /// Reads the file, checking every row; each valid row goes to <paramref name="sink"/> with
    /// its line, and what the sink says is wrong with it (a duplicate or out-of-order report
    /// date) is recorded against the row's report_date.
    /// </summary>
    /// <returns>The number of data rows read.</returns>
    public static long Read(TextReader text, string displayName, InputErrors errors, Func<string, LoanSnapshot, int, string?> sink)
    {
        long rows = 0;
        CsvInput.Read(text, displayName, Columns, errors, row =>
        {
            rows++;
            var loanId = row.RequiredText(LoanId);
            var reportDate = row.Date(ReportDate);
            var upb = row.NonNegativeDecimal(Upb);
            var nextDue = row.Date(NextDueDate);
            var noteRate = Percent(row, NoteRate);
            var fee = Percent(row, ServicingFee);
            if (row.HasErrors) return;
            if (fee > noteRate)
            {
                row.Error(ServicingFee, $"'{row.Text(ServicingFee)}' is above note_rate_percent '{row.Text(NoteRate)}' (the net mortgage rate would be negative)");
                return;
            }
            var problem = sink(loanId, new LoanSnapshot(reportDate, upb, nextDue, noteRate, fee), row.Line);
            if (problem is not null) row.Error(ReportDate, problem);
        });
        return rows;
    }

    /// <summary>A rate in percent: 7.25 for 7.25%. A value above 100 is a unit mistake, not a rate.</summary>
    private static decimal Percent(CsvRow row, string column)
    {
        var value = row.NonNegativeDecimal(column);
        if (value > 100m) row.Error(column, $"'{row.Text(column)}' is out of range (expected a percentage from 0 to 100, e.g. 7.25 for 7.25%)");
        return value;
    }
}
