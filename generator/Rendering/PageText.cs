using System.Buffers;
using Scriban.Runtime;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// The text of one page as a template writes it, in a buffer borrowed from a pool and returned on dispose: a build
/// writes a hundred thousand pages, and holding each as a string (and its body as another) kept the garbage
/// collector busy with copies that were thrown away at once.
/// </summary>
public sealed class PageText : IScriptOutput, IDisposable
{
    private const int InitialChars = 1 << 15;
    private char[] _buffer = ArrayPool<char>.Shared.Rent(InitialChars);
    private int _length;

    public int Length => _length;

    public ReadOnlySpan<char> Span => _buffer.AsSpan(0, _length);

    public void Write(string text, int offset, int count)
    {
        if (_length + count > _buffer.Length) Grow(_length + count);
        text.CopyTo(offset, _buffer, _length, count);
        _length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        Span.CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }

    /// <summary>Scriban asks its output for the text after rendering; the text is read through <see cref="Span"/> instead.</summary>
    public override string ToString() => "";

    public void Dispose()
    {
        if (_buffer.Length > 0) ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }
}
