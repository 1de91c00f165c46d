using NodaTime;

namespace Reporting.Cycle.Planning;

/// <summary>A contract area that adds its section (and exceptions) to the monthly statement.</summary>
public interface IStatementSectionSource
{
    StatementParts Contribute(RunContext context, LocalDate statementDate, StatementParts parts);
}
