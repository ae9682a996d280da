using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Angebotsverzeichnis.Output;

/// <summary>
/// Writes a build into a fresh staging folder beside the output folder and swaps it in only on <see cref="Commit"/>,
/// so a failed or interrupted build never leaves a half-written site where the old one was. An incremental build
/// (<see cref="InPlace"/>) instead rewrites single files of a complete site where it stands.
/// </summary>
public sealed class SiteWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _output;
    private readonly string _staging;
    private readonly string _previous;
    private readonly bool _inPlace;
    private readonly AsyncLocal<ConcurrentBag<string>?> _collected = new();
    private int _filesWritten;
    private bool _committed;

    public SiteWriter(string outputDirectory) : this(outputDirectory, inPlace: false)
    {
    }

    private SiteWriter(string outputDirectory, bool inPlace)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_output)!;
        var name = Path.GetFileName(_output);
        _inPlace = inPlace;
        _staging = inPlace ? _output : Path.Combine(parent, $".{name}.building");
        _previous = Path.Combine(parent, $".{name}.previous");
        Directory.CreateDirectory(parent);
        if (inPlace)
        {
            Directory.CreateDirectory(_output);
            return;
        }
        RestoreInterruptedSwap();
        DeleteIfPresent(_staging);
        Directory.CreateDirectory(_staging);
    }

    /// <summary>Writes into the output folder itself, replacing the files it writes; for incremental builds of a site that is complete.</summary>
    public static SiteWriter InPlace(string outputDirectory) => new(outputDirectory, inPlace: true);

    /// <summary>Notes the site paths written from here on in this flow of execution (also by tasks it starts), until disposed.</summary>
    public IDisposable Collect(ConcurrentBag<string> sitePaths)
    {
        var outer = _collected.Value;
        _collected.Value = sitePaths;
        return new Restore(() => _collected.Value = outer);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    /// <summary>Deletes a file an earlier build wrote, and its folder once empty (incremental builds only).</summary>
    public void Delete(string sitePath)
    {
        var target = Resolve(sitePath);
        File.Delete(target);
        var folder = Path.GetDirectoryName(target)!;
        while (folder.Length > _staging.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            _folders.TryRemove(folder, out _);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    public int FilesWritten => _filesWritten;

    public string StagingDirectory => _staging;

    public void Write(string sitePath, string content) => Write(sitePath, content.AsSpan());

    public void Write(string sitePath, ReadOnlySpan<char> content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(content.Length));
        try
        {
            var length = Utf8.GetBytes(content, buffer);
            Write(sitePath, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        var target = Resolve(sitePath);
        CreateFolderOf(target);
        // The staging folder starts empty, so a file is always new: no truncation, no second look.
        using (var file = File.OpenHandle(target, _inPlace ? FileMode.Create : FileMode.CreateNew, FileAccess.Write))
        {
            RandomAccess.Write(file, content, 0);
        }
        Written(sitePath);
    }

    /// <summary>Every page has a folder of its own; asking the file system once per folder instead of once per file saves a system call a page.</summary>
    private void CreateFolderOf(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        if (_folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _folders.TryAdd(folder, 0);
    }

    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);

    /// <summary>Writes a large file straight to disk (open data, search data, sitemaps) instead of building it in memory first.</summary>
    public void WriteStream(string sitePath, Action<Stream> write)
    {
        var target = Resolve(sitePath);
        CreateFolderOf(target);
        using (var stream = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
        {
            write(stream);
        }
        Written(sitePath);
    }

    /// <summary>Writes a large text file straight to disk, as UTF-8 without a byte order mark, like <see cref="Write(string, string)"/> (a CSV file writes its own, see <see cref="OpenData.CsvWriter"/>).</summary>
    public void WriteText(string sitePath, Action<TextWriter> write) => WriteStream(sitePath, stream =>
    {
        using var text = new StreamWriter(stream, Utf8, bufferSize: 1 << 15, leaveOpen: true) { NewLine = "\n" };
        write(text);
    });

    public void Copy(string sourceFile, string sitePath)
    {
        var target = Resolve(sitePath);
        CreateFolderOf(target);
        File.Copy(sourceFile, target, overwrite: true);
        Written(sitePath);
    }

    private void Written(string sitePath)
    {
        Interlocked.Increment(ref _filesWritten);
        _collected.Value?.Add(sitePath);
    }

    /// <summary>Counts files that another program wrote into the staging folder.</summary>
    public void Counted(int files) => Interlocked.Add(ref _filesWritten, files);

    /// <summary>Replaces the output folder by the staging folder.</summary>
    public void Commit()
    {
        if (_inPlace)
        {
            _committed = true;
            return;
        }
        DeleteIfPresent(_previous);
        if (Directory.Exists(_output)) Directory.Move(_output, _previous);
        Directory.Move(_staging, _output);
        DeleteIfPresent(_previous);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && !_inPlace) DeleteIfPresent(_staging);
    }

    private string Resolve(string sitePath)
    {
        var target = Path.GetFullPath(Path.Combine(_staging, sitePath));
        if (!target.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: {sitePath}");
        }
        return target;
    }

    /// <summary>A process killed between the two moves of <see cref="Commit"/> leaves only the previous site; put it back.</summary>
    private void RestoreInterruptedSwap()
    {
        if (!Directory.Exists(_output) && Directory.Exists(_previous)) Directory.Move(_previous, _output);
    }

    private static void DeleteIfPresent(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
