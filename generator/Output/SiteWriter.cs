using System.Text;

namespace Angebotsverzeichnis.Output;

/// <summary>
/// Writes a build into a fresh staging folder beside the output folder and swaps it in only on <see cref="Commit"/>,
/// so a failed or interrupted build never leaves a half-written site where the old one was.
/// </summary>
public sealed class SiteWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _output;
    private readonly string _staging;
    private readonly string _previous;
    private int _filesWritten;
    private bool _committed;

    public SiteWriter(string outputDirectory)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_output)!;
        var name = Path.GetFileName(_output);
        _staging = Path.Combine(parent, $".{name}.building");
        _previous = Path.Combine(parent, $".{name}.previous");
        Directory.CreateDirectory(parent);
        RestoreInterruptedSwap();
        DeleteIfPresent(_staging);
        Directory.CreateDirectory(_staging);
    }

    public int FilesWritten => _filesWritten;

    public string StagingDirectory => _staging;

    public void Write(string sitePath, string content) => Write(sitePath, Utf8.GetBytes(content));

    public void Write(string sitePath, byte[] content)
    {
        var target = Resolve(sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, content);
        Interlocked.Increment(ref _filesWritten);
    }

    /// <summary>Writes a large file straight to disk (open data, search data, sitemaps) instead of building it in memory first.</summary>
    public void WriteStream(string sitePath, Action<Stream> write)
    {
        var target = Resolve(sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using (var stream = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
        {
            write(stream);
        }
        Interlocked.Increment(ref _filesWritten);
    }

    /// <summary>Writes a large text file straight to disk, as UTF-8 without a byte order mark, like <see cref="Write(string, string)"/>.</summary>
    public void WriteText(string sitePath, Action<TextWriter> write) => WriteStream(sitePath, stream =>
    {
        using var text = new StreamWriter(stream, Utf8, bufferSize: 1 << 15, leaveOpen: true) { NewLine = "\n" };
        write(text);
    });

    public void Copy(string sourceFile, string sitePath)
    {
        var target = Resolve(sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(sourceFile, target, overwrite: true);
        Interlocked.Increment(ref _filesWritten);
    }

    /// <summary>Counts files that another program wrote into the staging folder.</summary>
    public void Counted(int files) => Interlocked.Add(ref _filesWritten, files);

    /// <summary>Replaces the output folder by the staging folder.</summary>
    public void Commit()
    {
        DeleteIfPresent(_previous);
        if (Directory.Exists(_output)) Directory.Move(_output, _previous);
        Directory.Move(_staging, _output);
        DeleteIfPresent(_previous);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed) DeleteIfPresent(_staging);
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
