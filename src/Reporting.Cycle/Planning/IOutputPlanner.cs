namespace Reporting.Cycle.Planning;

/// <summary>Decides which outputs of one kind a month needs and builds their models from engine results.</summary>
public interface IOutputPlanner
{
    IEnumerable<PlannedOutput> Plan(RunContext context);
}
