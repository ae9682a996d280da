using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Output;
using Angebotsverzeichnis.Validation;

namespace Angebotsverzeichnis.Incremental;

/// <summary>
/// Remembers every record file as last read: its size and time of change, the hash of its bytes, the record and the
/// problems found in it. A file is read again only when it changed (or the watcher says so), and checked again
/// only when it or what its checks depend on (settings, the set of organisations, the day) changed.
/// </summary>
public sealed class RecordCache
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed class Entry
    {
        public required (long Length, DateTime Changed) Stamp { get; init; }
        public required string Hash { get; init; }
        public required Offer? Offer { get; init; }
        public required IReadOnlyList<Diagnostic> ReadProblems { get; init; }
        public string? CheckedAgainst { get; set; }
        public IReadOnlyList<Diagnostic> CheckProblems { get; set; } = [];
    }

    public int FilesRead { get; private set; }

    /// <summary>The records of the given files, reading only new and changed ones; the problems of all go to <paramref name="diagnostics"/>.</summary>
    public IReadOnlyList<Offer> Read(IReadOnlyList<RecordFile> files, string sourceLanguage, IReadOnlySet<string> forceReread, DiagnosticList diagnostics)
    {
        FilesRead = 0;
        var entries = new Entry[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            var info = new FileInfo(file.FullPath);
            var stamp = (info.Length, info.LastWriteTimeUtc);
            Entry? known;
            lock (_entries) _entries.TryGetValue(file.FullPath, out known);
            if (known is not null && known.Stamp == stamp && !forceReread.Contains(file.FullPath))
            {
                entries[i] = known;
                return;
            }
            var problems = new DiagnosticList();
            entries[i] = new Entry
            {
                Stamp = stamp,
                Hash = OutputFingerprints.OfFile(file.FullPath),
                Offer = ContentLoader.ReadRecord(file, sourceLanguage, problems),
                ReadProblems = problems.Sorted(),
            };
            Interlocked.Increment(ref _filesRead);
        });
        FilesRead = _filesRead;
        _filesRead = 0;
        _entries.Clear();
        for (var i = 0; i < files.Count; i++) _entries[files[i].FullPath] = entries[i];
        foreach (var problem in entries.SelectMany(e => e.ReadProblems)) diagnostics.Add(problem);
        return entries.Where(e => e.Offer is not null).Select(e => e.Offer!).ToList();
    }

    private int _filesRead;

    /// <summary>Runs each record's checks, reusing the last result when neither the record nor <paramref name="checkedAgainst"/> changed.</summary>
    public void Validate(ContentSet content, ValidationOptions options, string checkedAgainst, DiagnosticList diagnostics)
    {
        ContentValidator.CheckContentWide(content, options, diagnostics);
        var organisationIds = ContentValidator.OrganisationIds(content);
        var key = checkedAgainst + "|" + string.Join(",", organisationIds.Order(StringComparer.Ordinal));
        var entries = _entries.Values.Where(e => e.Offer is not null).ToList();
        Parallel.ForEach(entries, entry =>
        {
            if (entry.CheckedAgainst == key) return;
            var problems = new DiagnosticList();
            ContentValidator.ValidateOffer(entry.Offer!, content, organisationIds, options, problems);
            entry.CheckProblems = problems.Sorted();
            entry.CheckedAgainst = key;
        });
        foreach (var problem in entries.SelectMany(e => e.CheckProblems)) diagnostics.Add(problem);
    }

    /// <summary>The hash of the file a record was read from.</summary>
    public Func<Offer, string> Hashes()
    {
        var byId = _entries.Values.Where(e => e.Offer is not null).GroupBy(e => e.Offer!.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Hash, StringComparer.Ordinal);
        return offer => byId[offer.Id];
    }
}
