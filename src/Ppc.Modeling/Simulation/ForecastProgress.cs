namespace Ppc.Modeling.Simulation;

/// <summary>Progress of a forecast, reported after each block of trials.</summary>
/// <param name="TrialsDone">Trials finished so far.</param>
/// <param name="TrialsPlanned">Trials planned (the cap when a precision target is set).</param>
public readonly record struct ForecastProgress(long TrialsDone, long TrialsPlanned);
