namespace Angebotsverzeichnis.Serving;

/// <summary>
/// Watches content/, templates/ and translations/ and hands out the files changed since the last call, once the
/// editor's save has settled (an editor may write a file in several steps).
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(25);
    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);

    public ContentWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) => { Note(e.OldFullPath); Note(e.FullPath); };
            // Too many changes at once (a branch switch): rebuild and compare everything.
            watcher.Error += (_, _) => Note("*");
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for changes and returns the changed paths ("*" when the watcher lost track).</summary>
    public async Task<IReadOnlySet<string>> NextAsync(CancellationToken cancellation)
    {
        while (true)
        {
            await _signal.WaitAsync(cancellation);
            await Task.Delay(Settle, cancellation);
            lock (_changed)
            {
                while (_signal.CurrentCount > 0) _signal.Wait(0);
                if (_changed.Count == 0) continue;
                var changed = _changed.ToHashSet(StringComparer.Ordinal);
                _changed.Clear();
                return changed;
            }
        }
    }

    private void Note(string path)
    {
        if (IsEditorScratch(path)) return;
        lock (_changed) _changed.Add(path);
        _signal.Release();
    }

    /// <summary>Backup and swap files of editors (vim, emacs, JetBrains) are not content.</summary>
    private static bool IsEditorScratch(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.StartsWith(".#", StringComparison.Ordinal) || name.EndsWith("___jb_tmp___", StringComparison.Ordinal)
            || name == "4913";
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
