using System.Text;
using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis.Loading.Import;

/// <summary>
/// Reads offers from JSON Lines: one JSON object per line (blank lines are skipped). A line that is broken is
/// reported with its line and column and skipped; the other lines still import. A file that starts with "[" is read
/// as one JSON array of such objects instead, and one whose first line is a lone "{" as one JSON document: the open
/// data's angebote.json (its records under "angebote") or a single record written over several lines. JSON Lines
/// are read line by line, so their size does not matter.
/// </summary>
public sealed class JsonLinesOfferReader(string path, string displayPath, string sourceLanguage, DiagnosticList diagnostics) : IOfferReader
{
    public int Skipped { get; private set; }

    public IEnumerable<ImportedOffer> Read()
    {
        foreach (var (number, line) in Lines())
        {
            var start = FirstNonBlank(line);
            if (start < 0) continue;
            if (number == FirstContentLine && (line[start] == (byte)'[' || IsLoneBrace(line, start)))
            {
                foreach (var offer in ReadDocument()) yield return offer;
                yield break;
            }
            var read = ReadLine(number, line);
            if (read is null) Skipped++;
            else yield return read;
        }
    }

    private int FirstContentLine { get; set; }

    private ImportedOffer? ReadLine(int number, byte[] line)
    {
        var lines = new ByteLines(line, number);
        if (!IsUtf8(line, lines)) return null;
        var (root, errorOffset, error) = JsonTree.Parse(line);
        if (root is null)
        {
            BadJson(lines.At(errorOffset), error!);
            return null;
        }
        return Converter(lines).Convert(root);
    }

    private static bool IsLoneBrace(byte[] line, int start) =>
        line[start] == (byte)'{' && line.AsSpan(start + 1).Trim(" \t"u8).Length == 0;

    /// <summary>The key of the open data's angebote.json under which its records stand.</summary>
    public const string OpenDataRecords = "angebote";

    private IEnumerable<ImportedOffer> ReadDocument()
    {
        var bytes = File.ReadAllBytes(path);
        var offset = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var content = bytes[offset..];
        var lines = new ByteLines(content);
        if (!IsUtf8(content, lines))
        {
            Skipped++;
            yield break;
        }
        var (root, errorOffset, error) = JsonTree.Parse(content);
        if (root is null)
        {
            BadJson(lines.At(errorOffset), error! + "; die Datei wird nicht importiert");
            Skipped++;
            yield break;
        }
        var converter = Converter(lines);
        var items = root switch
        {
            JsonArrayItem array => array.Items,
            JsonObjectItem { Properties: var properties } when properties.FirstOrDefault(p => p.Name == OpenDataRecords)?.Value is JsonArrayItem records => records.Items,
            _ => [root],
        };
        foreach (var item in items)
        {
            var offer = converter.Convert(item);
            if (offer is null) Skipped++;
            else yield return offer;
        }
    }

    private JsonOfferConverter Converter(ByteLines lines) => new(sourceLanguage, diagnostics, offset =>
    {
        var (line, column) = lines.At(offset);
        return new SourcePosition(displayPath, line, column);
    });

    private void BadJson((int Line, int Column) at, string reason) =>
        diagnostics.Error(new SourcePosition(displayPath, at.Line, at.Column), ProblemCodes.ImportBadJson,
            $"Diese Zeile ist kein gültiges JSON ({reason}). Jede Zeile muss ein vollständiges JSON-Objekt sein; die Zeile wird übersprungen.",
            $"This line is not valid JSON ({reason}). Each line must be a complete JSON object; the line is skipped.");

    private bool IsUtf8(byte[] bytes, ByteLines lines)
    {
        var offset = ByteLines.FirstInvalidUtf8(bytes);
        if (offset < 0) return true;
        var (line, column) = lines.At(offset);
        diagnostics.Error(new SourcePosition(displayPath, line, column), ProblemCodes.ImportNotUtf8,
            "Hier steht ein Zeichen, das nicht als UTF-8 gespeichert ist. Speichern oder exportieren Sie die Datei mit der Kodierung \"UTF-8\"; die Zeile wird übersprungen.",
            "There is a character here that is not saved as UTF-8. Save or export the file with the encoding \"UTF-8\"; the line is skipped.");
        return false;
    }

    private static int FirstNonBlank(byte[] line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return i;
        }
        return -1;
    }

    /// <summary>The file's lines as bytes, without line breaks and without the byte order mark; line numbers from 1.</summary>
    private IEnumerable<(int Number, byte[] Line)> Lines()
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        var current = new MemoryStream();
        var number = 1;
        FirstContentLine = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                current.Write(buffer, start, i - start);
                start = i + 1;
                yield return Line(number++, current);
            }
            current.Write(buffer, start, read - start);
        }
        if (current.Length > 0) yield return Line(number, current);
    }

    private (int, byte[]) Line(int number, MemoryStream current)
    {
        var bytes = current.ToArray();
        current.SetLength(0);
        if (number == 1 && bytes.AsSpan().StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        if (FirstContentLine == 0 && FirstNonBlank(bytes) >= 0) FirstContentLine = number;
        return (number, bytes);
    }
}

/// <summary>Reads the offers of one import file, reporting the file's own problems; <see cref="Skipped"/> counts what it could not read.</summary>
public interface IOfferReader
{
    IEnumerable<ImportedOffer> Read();

    int Skipped { get; }
}
