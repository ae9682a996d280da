using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Incremental;

namespace Angebotsverzeichnis.Serving;

/// <summary>
/// The editors' preview: builds once, serves, and after every save rebuilds what the change affects, writes the
/// open pages first and reloads them. A save that breaks validation shows the problems in the terminal and on the
/// open pages, and the preview keeps the last good site.
/// </summary>
public sealed class PreviewSession(BuildOptions options, MessageLanguage messages, TextWriter terminal, bool showTimings = false)
{
    private readonly IncrementalBuilder _builder = new(options);
    private readonly LiveReload _liveReload = new();

    public async Task RunAsync(int port, CancellationToken stop)
    {
        terminal.WriteLine(messages == MessageLanguage.English ? "Building the preview …" : "Baue die Vorschau …");
        var first = _builder.Build(cancellation: stop);
        Report(first, changed: null, reloadedAfter: null);
        var basePath = BasePath();
        using var server = new PreviewServer(options.OutputDirectory, basePath, _liveReload);
        server.Start(port);
        terminal.WriteLine(messages == MessageLanguage.English
            ? $"Preview at {server.Address} (stop with Ctrl+C). Watching {options.ContentDirectory}, {options.TemplatesDirectory}, {options.TranslationsDirectory}."
            : $"Vorschau unter {server.Address} (beenden mit Strg+C). Beobachte {options.ContentDirectory}, {options.TemplatesDirectory}, {options.TranslationsDirectory}.");

        using var watcher = new ContentWatcher([options.ContentDirectory, options.TemplatesDirectory, options.TranslationsDirectory]);
        var next = watcher.NextAsync(stop);
        while (!stop.IsCancellationRequested)
        {
            IReadOnlySet<string> changed;
            try { changed = await next; }
            catch (OperationCanceledException) { return; }
            next = watcher.NextAsync(stop);
            var stopwatch = Stopwatch.StartNew();
            TimeSpan? reloadedAfter = null;
            using var superseded = CancellationTokenSource.CreateLinkedTokenSource(stop);
            var build = Task.Run(() => _builder.Build(changed, _liveReload.OpenPages, () =>
            {
                _liveReload.Reload();
                reloadedAfter = stopwatch.Elapsed;
            }, superseded.Token));
            // A further save while this build still writes the search data and exports: start over from the newer state.
            if (await Task.WhenAny(build, next) != build) superseded.Cancel();
            try { Report(await build, changed, reloadedAfter); }
            catch (OperationCanceledException)
            {
                terminal.WriteLine(messages == MessageLanguage.English ? "(superseded by a newer save)" : "(abgelöst durch neueres Speichern)");
            }
            catch (Exception e)
            {
                terminal.WriteLine(e.ToString());
            }
        }
    }

    private string BasePath()
    {
        var settings = Loading.Settings.SiteSettingsReader.Read(options.ContentDirectory, new DiagnosticList());
        return settings?.BasePath ?? "/";
    }

    private void Report(IncrementalResult result, IReadOnlySet<string>? changed, TimeSpan? reloadedAfter)
    {
        // After the first build, warnings are repeated only for the files just saved; errors always.
        var saved = changed?.Select(p => Loading.DisplayPath.Of(p)).ToHashSet(StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics.Sorted().Where(d => saved is null || d.Severity == Severity.Error || saved.Contains(d.Position.File)))
            terminal.WriteLine(diagnostic.Format(messages));
        var english = messages == MessageLanguage.English;
        var what = saved is null ? "" : string.Join(", ", saved.Where(p => Path.HasExtension(p)).Order(StringComparer.Ordinal).Take(3)) + ": ";
        var milliseconds = result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            terminal.WriteLine(english
                ? $"{what}not built ({result.Diagnostics.ErrorCount} errors). The preview keeps showing the last good state."
                : $"{what}nicht gebaut ({result.Diagnostics.ErrorCount} Fehler). Die Vorschau zeigt weiter den letzten guten Stand.");
            _liveReload.ShowProblems(ProblemsJson(result.Diagnostics));
            return;
        }
        if (showTimings)
        {
            terminal.WriteLine(string.Join("  ", result.Timings.Select(t =>
                string.Create(CultureInfo.InvariantCulture, $"{t.Stage} {t.Elapsed.TotalMilliseconds:0} ms"))));
        }
        var reload = reloadedAfter is { } after
            ? english ? $", open page reloaded after {after.TotalMilliseconds:0} ms" : $", offene Seite nach {after.TotalMilliseconds:0} ms neu geladen"
            : "";
        terminal.WriteLine(english
            ? $"{what}{result.UnitsWritten} outputs rewritten, {result.FilesDeleted} files deleted, {result.RecordsRead} records read, in {milliseconds} ms{reload}."
            : $"{what}{result.UnitsWritten} Ausgaben neu geschrieben, {result.FilesDeleted} Dateien gelöscht, {result.RecordsRead} Datensätze gelesen, in {milliseconds} ms{reload}.");
    }

    private string ProblemsJson(DiagnosticList diagnostics)
    {
        var english = messages == MessageLanguage.English;
        var errors = diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList();
        return JsonSerializer.Serialize(new
        {
            lang = english ? "en" : "de",
            title = english
                ? $"The change was not built: {errors.Count} errors. This page shows the last good state."
                : $"Die Änderung wurde nicht gebaut: {errors.Count} Fehler. Diese Seite zeigt den letzten guten Stand.",
            items = errors.Select(d => new { place = d.Position.ToString(), message = $"{d.Code}: {d.MessageIn(messages)}" }),
        });
    }
}
