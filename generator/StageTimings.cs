using System.Diagnostics;

namespace Angebotsverzeichnis;

/// <summary>
/// What one build stage cost: its time, the processor time of all threads in our code (user) and in the kernel
/// (system: creating folders and files; on a shared disk the noisiest part), the managed heap after it and the full
/// collections during it, and how long the garbage collector paused the program during it.
/// </summary>
public readonly record struct StageTiming(string Stage, TimeSpan Elapsed, TimeSpan User, TimeSpan System, long HeapBytesAfter, int FullCollections, TimeSpan CollectorPauses)
{
    public TimeSpan Processor => User + System;
}

/// <summary>A stopwatch per build stage, printed with --timings, to see where time and memory go before optimising.</summary>
public sealed class StageTimings
{
    private readonly List<StageTiming> _stages = new();

    public IReadOnlyList<StageTiming> Stages => _stages;

    public T Measure<T>(string stage, Func<T> work)
    {
        var collections = GC.CollectionCount(2);
        var pauses = GC.GetTotalPauseDuration();
        using var process = Process.GetCurrentProcess();
        var (user, system) = (process.UserProcessorTime, process.PrivilegedProcessorTime);
        var stopwatch = Stopwatch.StartNew();
        try { return work(); }
        finally
        {
            process.Refresh();
            _stages.Add(new StageTiming(stage, stopwatch.Elapsed, process.UserProcessorTime - user, process.PrivilegedProcessorTime - system,
                GC.GetTotalMemory(false), GC.CollectionCount(2) - collections, GC.GetTotalPauseDuration() - pauses));
        }
    }

    public void Measure(string stage, Action work) => Measure<object?>(stage, () => { work(); return null; });
}
