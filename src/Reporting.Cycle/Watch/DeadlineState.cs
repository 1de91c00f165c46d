namespace Reporting.Cycle.Watch;

/// <summary>Where a contractual deadline stands on the watch date, as far as the deal's inputs tell.</summary>
public enum DeadlineState
{
    /// <summary>On or after the watch date and not yet done: something is still to be done by it.</summary>
    Open,

    /// <summary>Done by the deadline (a notice given, a remedy taken, an amount received in full, a loan purchased).</summary>
    Done,

    /// <summary>Before the watch date and not done in time (done late, in part or not at all).</summary>
    Missed,

    /// <summary>No longer required: the event ended, or was remedied, before the deadline.</summary>
    Lapsed,

    /// <summary>Before the watch date; the inputs hold no record that would say whether it was kept.</summary>
    Passed,

    /// <summary>A date on which something happens rather than a step to take (an Additional Termination Event).</summary>
    Occurred,
}
