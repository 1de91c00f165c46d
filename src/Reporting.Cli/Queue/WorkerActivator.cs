using Hangfire;

namespace Reporting.Cli.Queue;

/// <summary>Gives Hangfire a <see cref="DealMonthJob"/> that knows this worker's archive, output folder and renderers.</summary>
internal sealed class WorkerActivator(WorkerContext context) : JobActivator
{
    public override object ActivateJob(Type jobType) =>
        jobType == typeof(DealMonthJob) ? new DealMonthJob(context) : base.ActivateJob(jobType);
}
