using System.Diagnostics;

namespace Angebotsverzeichnis;

/// <summary>A stopwatch per build stage, printed with --timings, to see where time goes before optimising.</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = new();

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    public T Measure<T>(string stage, Func<T> work)
    {
        var stopwatch = Stopwatch.StartNew();
        try { return work(); }
        finally { _stages.Add((stage, stopwatch.Elapsed)); }
    }

    public void Measure(string stage, Action work) => Measure<object?>(stage, () => { work(); return null; });
}
