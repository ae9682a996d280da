using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis.Loading;

/// <summary>
/// Where each value of a record was written, by field path ("ort", "zielgruppen[1]", "name.tr"),
/// so that checks after loading can still point at the exact line and column.
/// </summary>
public sealed class FieldPositions
{
    private readonly Dictionary<string, SourcePosition> _byPath = new(StringComparer.Ordinal);

    public FieldPositions(SourcePosition recordStart) => RecordStart = recordStart;

    public SourcePosition RecordStart { get; }

    private readonly HashSet<string> _blockTexts = new(StringComparer.Ordinal);

    internal void Remember(string path, SourcePosition position) => _byPath[path] = position;

    internal void MarkBlock(string path) => _blockTexts.Add(path);

    /// <summary>
    /// The position of a place inside a text value, given zero-based line and column within the text
    /// (as Markdig reports them). Texts written with "|" start on the line after the key, indented by two.
    /// </summary>
    public SourcePosition InsideText(string path, int line, int column)
    {
        if (_blockTexts.Contains(path))
        {
            var key = Of(path + "@key");
            return key with { Line = key.Line + 1 + line, Column = key.Column + 2 + column };
        }
        var start = Of(path);
        return line == 0 ? start with { Column = start.Column + column } : start with { Line = start.Line + line, Column = column + 1 };
    }

    /// <summary>The position of the value at <paramref name="path"/>, or of the record when that field is absent.</summary>
    public SourcePosition Of(string path) => _byPath.TryGetValue(path, out var position) ? position : RecordStart;
}
