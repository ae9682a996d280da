using System.Collections.Concurrent;
using System.Diagnostics;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Output;
using Angebotsverzeichnis.Rendering;
using Angebotsverzeichnis.Validation;

namespace Angebotsverzeichnis.Incremental;

/// <summary>What one incremental build did.</summary>
public sealed record IncrementalResult(DiagnosticList Diagnostics, bool Succeeded, int RecordsRead, int UnitsWritten, int FilesDeleted, TimeSpan Elapsed)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MissingTranslations { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];
}

/// <summary>
/// Builds the site again and again into the same folder, rewriting only the outputs whose inputs changed (see
/// <see cref="OutputFingerprints"/>) and deleting those that are gone. It writes the same units as the full build,
/// so the result is the same, byte for byte. Content with errors writes nothing: the last good site stays.
/// The pages named as urgent (those open in a browser) are written first and <c>readyToShow</c> is called, so a
/// preview can reload them before the search data and exports are rewritten; without urgent pages it is called at the end.
/// </summary>
public sealed class IncrementalBuilder(BuildOptions options)
{
    private readonly RecordCache _records = new();
    private SharedInputs? _shared;
    private readonly ConcurrentDictionary<string, (string Fingerprint, IReadOnlyList<string> Files)> _written = new(StringComparer.Ordinal);

    public BuildOptions Options => options;

    public IncrementalResult Build(IReadOnlySet<string>? changedFiles = null, IReadOnlySet<string>? urgentPaths = null, Action? readyToShow = null,
        CancellationToken cancellation = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var timings = new StageTimings();
        var diagnostics = new DiagnosticList();
        var shared = timings.Measure("gemeinsame Eingaben", () =>
        {
            var stamp = SharedInputs.StampOf(options);
            return _shared is { } known && known.Stamp == stamp ? known : _shared = SharedInputs.Read(options, stamp);
        });
        foreach (var problem in shared.Problems) diagnostics.Add(problem);
        var content = timings.Measure("datensätze lesen", () => shared.Settings is null ? null : Load(shared, changedFiles ?? new HashSet<string>(), diagnostics));
        if (content is not null)
        {
            timings.Measure("prüfen", () => _records.Validate(content, new ValidationOptions(options.Today), shared.FilesHash + options.Today.ToString("O"), diagnostics));
        }
        if (content is null || shared.Templates is null || shared.Assets is null || diagnostics.HasErrors)
        {
            return new IncrementalResult(diagnostics, false, _records.FilesRead, 0, 0, stopwatch.Elapsed)
            {
                MissingTranslations = shared.MissingTranslations, Timings = timings.Stages,
            };
        }

        var (outputs, languages) = timings.Measure("modell", () =>
        {
            var site = SiteBuilder.Build(content, options.Today, options.DataDate);
            var plan = PagePlanner.Plan(site).ToList();
            var renderer = new SiteRenderer(site, shared.Templates, shared.Assets);
            var fingerprints = new OutputFingerprints(site, renderer, OutputFingerprints.GlobalInputs(shared.FilesHash, site), _records.Hashes());
            var languages = options.Languages is null ? site.Languages : site.Languages.Where(l => options.Languages.Contains(l.Code)).ToList();
            return (new SiteOutputs(site, plan, renderer, shared.Assets, fingerprints), languages);
        });
        var writesShared = options.Languages is null || options.IncludeSharedFiles;

        var failures = new ConcurrentBag<Diagnostic>();
        // The first build knows nothing of what lies in the folder; it starts from an empty one, as a full build does.
        if (_written.IsEmpty && Directory.Exists(options.OutputDirectory)) Directory.Delete(options.OutputDirectory, recursive: true);
        using var writer = SiteWriter.InPlace(options.OutputDirectory);
        // The open pages first, with the style sheets and scripts they load, then everything else.
        var urgent = outputs.PagesAt(urgentPaths ?? new HashSet<string>(), languages)
            .Concat(writesShared ? outputs.SharedFiles().Where(u => u.Key.StartsWith("assets/", StringComparison.Ordinal)) : [])
            .ToList();
        var written = timings.Measure("offene seiten", () => WriteChanged(urgent, writer, failures, cancellation));
        var shown = urgent.Any(u => u.IsPage) && failures.IsEmpty;
        if (shown) readyToShow?.Invoke();
        var urgentKeys = urgent.Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        var units = timings.Measure("ausgabeliste", () => outputs.Units(languages, writesShared).ToList());
        written += timings.Measure("übrige ausgaben", () => WriteChanged(units.Where(u => !urgentKeys.Contains(u.Key)).ToList(), writer, failures, cancellation));
        var deleted = timings.Measure("löschen", () => DeleteVanished(units, writer));
        foreach (var failure in failures.Distinct()) diagnostics.Add(failure);
        if (!shown && !diagnostics.HasErrors) readyToShow?.Invoke();
        return new IncrementalResult(diagnostics, !diagnostics.HasErrors, _records.FilesRead, written, deleted, stopwatch.Elapsed)
        {
            MissingTranslations = shared.MissingTranslations, Timings = timings.Stages,
        };
    }

    private ContentSet Load(SharedInputs shared, IReadOnlySet<string> changedFiles, DiagnosticList diagnostics)
    {
        var settings = shared.Settings!;
        var files = ContentLoader.FindRecordFiles(options.ContentDirectory, diagnostics);
        var changed = changedFiles.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var offers = _records.Read(files, settings.SourceLanguage, changed, diagnostics);
        return new ContentSet(settings, shared.Translations, offers, files);
    }

    /// <summary>Writes the units whose fingerprint changed; a unit that fails keeps its old fingerprint, so it is tried again next time.</summary>
    private int WriteChanged(IReadOnlyList<OutputUnit> units, SiteWriter writer, ConcurrentBag<Diagnostic> failures, CancellationToken cancellation)
    {
        var written = 0;
        Parallel.ForEach(units, new ParallelOptions { CancellationToken = cancellation }, unit =>
        {
            var fingerprint = unit.Fingerprint();
            var known = _written.TryGetValue(unit.Key, out var before);
            if (known && before.Fingerprint == fingerprint) return;
            var files = new ConcurrentBag<string>();
            bool succeeded;
            using (writer.Collect(files)) succeeded = BuildPipeline.Guard(failures, () => unit.Write(writer));
            if (!succeeded) return;
            var now = files.Order(StringComparer.Ordinal).ToList();
            if (known)
            {
                foreach (var stale in before.Files.Except(now, StringComparer.Ordinal)) writer.Delete(stale);
            }
            _written[unit.Key] = (fingerprint, now);
            Interlocked.Increment(ref written);
        });
        return written;
    }

    private int DeleteVanished(IReadOnlyList<OutputUnit> units, SiteWriter writer)
    {
        var current = units.Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        var deleted = 0;
        foreach (var key in _written.Keys.Where(k => !current.Contains(k)).Order(StringComparer.Ordinal).ToList())
        {
            if (!_written.TryRemove(key, out var gone)) continue;
            foreach (var file in gone.Files)
            {
                writer.Delete(file);
                deleted++;
            }
        }
        return deleted;
    }
}
