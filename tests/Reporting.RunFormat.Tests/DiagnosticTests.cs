namespace Reporting.RunFormat.Tests;

public sealed class DiagnosticTests
{
    [Fact]
    public void A_located_problem_reads_file_line_column_field_message()
    {
        var diagnostic = new Diagnostic("ratings.csv", 14, 4, "rating", "'A11' is not a Moody's long-term rating");

        Assert.Equal("ratings.csv:14:4: rating: 'A11' is not a Moody's long-term rating", diagnostic.ToString());
    }

    [Fact]
    public void A_problem_without_a_field_has_no_field_part()
    {
        var diagnostic = new Diagnostic("documents/notice.sbn", 6, 6, "unknown element <parra> in <body>");

        Assert.Null(diagnostic.Field);
        Assert.Equal("documents/notice.sbn:6:6: unknown element <parra> in <body>", diagnostic.ToString());
    }

    [Fact]
    public void An_unknown_column_is_left_out_rather_than_printed_as_zero()
    {
        Assert.Equal("deal.yaml:3: cap: missing", new Diagnostic("deal.yaml", 3, 0, "cap", "missing").ToString());
    }

    [Fact]
    public void A_problem_with_the_whole_file_names_only_the_file()
    {
        Assert.Equal("loans.csv: the file is empty", new Diagnostic("loans.csv", 0, 0, "the file is empty").ToString());
    }

    [Fact]
    public void Every_collected_problem_is_thrown_at_once_in_order()
    {
        var errors = new InputErrors();
        errors.ThrowIfAny();
        errors.Add("fixings.csv", 2, 12, "rate", "'abc' is not a number");
        errors.Add(new Diagnostic("fixings.csv", 5, 1, "date", "'2007-02-30' is not a date"));

        var exception = Assert.Throws<InputException>(errors.ThrowIfAny);

        Assert.Equal(2, exception.Errors.Count);
        Assert.Equal(
            "fixings.csv:2:12: rate: 'abc' is not a number" + Environment.NewLine + "fixings.csv:5:1: date: '2007-02-30' is not a date",
            exception.Message);
    }
}
