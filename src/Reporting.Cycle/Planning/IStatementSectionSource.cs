namespace Reporting.Cycle.Planning;

/// <summary>
/// A contract area that adds its section (and exceptions) to the monthly statement, as known on
/// the statement's date (<see cref="MonthResults.StatementDate"/>).
/// </summary>
public interface IStatementSectionSource
{
    StatementParts Contribute(RunContext context, StatementParts parts);
}
