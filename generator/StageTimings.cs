using System.Diagnostics;

namespace Angebotsverzeichnis;

/// <summary>What one build stage cost: its time, the processor time of all threads (steadier than wall time on a busy machine), the managed heap after it and the full collections during it.</summary>
public readonly record struct StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Processor, long HeapBytesAfter, int FullCollections);

/// <summary>A stopwatch per build stage, printed with --timings, to see where time and memory go before optimising.</summary>
public sealed class StageTimings
{
    private readonly List<StageTiming> _stages = new();

    public IReadOnlyList<StageTiming> Stages => _stages;

    public T Measure<T>(string stage, Func<T> work)
    {
        var collections = GC.CollectionCount(2);
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        try { return work(); }
        finally
        {
            _stages.Add(new StageTiming(stage, stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - processor,
                GC.GetTotalMemory(false), GC.CollectionCount(2) - collections));
        }
    }

    public void Measure(string stage, Action work) => Measure<object?>(stage, () => { work(); return null; });
}
