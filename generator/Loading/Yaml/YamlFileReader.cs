using System.Buffers;
using System.Text;
using Angebotsverzeichnis.Diagnostics;
using Microsoft.Win32.SafeHandles;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Angebotsverzeichnis.Loading.Yaml;

/// <summary>
/// Reads one YAML file into a <see cref="YamlValue"/> tree. Refuses what YamlDotNet would accept but we must not:
/// anchors and aliases (alias bombs), duplicate keys, nesting beyond a limit, oversized files, bytes that are not UTF-8
/// and control characters. Every problem becomes a diagnostic; nothing is thrown at the caller.
/// Files in the simple shape records are written in are read by <see cref="SimpleYamlParser"/>, the rest by YamlDotNet.
/// </summary>
public static class YamlFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static YamlValue? Read(string fullPath, string displayPath, DiagnosticList diagnostics, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        var start = SourcePosition.StartOf(displayPath);
        using var file = File.OpenHandle(fullPath);
        var length = RandomAccess.GetLength(file);
        if (length > limits.MaxFileBytes)
        {
            diagnostics.Error(start, ProblemCodes.FileTooLarge,
                $"Die Datei ist {length / 1024} KiB groß, erlaubt sind höchstens {limits.MaxFileBytes / 1024} KiB. Kürzen Sie die Texte oder teilen Sie das Angebot auf.",
                $"The file is {length / 1024} KiB; at most {limits.MaxFileBytes / 1024} KiB are allowed. Shorten the texts or split the offer into several files.");
            return null;
        }
        var text = ReadUtf8(file, (int)length, displayPath, diagnostics);
        return text is null ? null : Parse(text, displayPath, diagnostics, limits);
    }

    /// <summary>Reads the bytes into a borrowed buffer, as only the text decoded from them is kept.</summary>
    private static string? ReadUtf8(SafeFileHandle file, int length, string displayPath, DiagnosticList diagnostics)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = 0;
            while (read < length)
            {
                var count = RandomAccess.Read(file, buffer.AsSpan(read, length - read), read);
                if (count == 0) break;
                read += count;
            }
            return DecodeUtf8(buffer.AsSpan(0, read), displayPath, diagnostics);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static YamlValue? Parse(string text, string displayPath, DiagnosticList diagnostics, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        if (!ControlCharacters.Check(text, displayPath, diagnostics)) return null;
        return SimpleYamlParser.TryParse(text, displayPath, limits.MaxDepth) ?? ParseWithYamlDotNet(text, displayPath, diagnostics, limits);
    }

    /// <summary>
    /// Reads the text with YamlDotNet's parser, whatever its shape: what <see cref="Parse"/> does when the text is not
    /// in the simple shape. Control characters are checked by <see cref="Parse"/>, not here.
    /// </summary>
    public static YamlValue? ParseWithYamlDotNet(string text, string displayPath, DiagnosticList diagnostics, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        Parser? parser = null;
        try
        {
            parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Error(SourcePosition.StartOf(displayPath), ProblemCodes.EmptyFile, "Die Datei ist leer. Füllen Sie die Felder aus oder löschen Sie die Datei.",
                    "The file is empty. Fill in the fields or delete the file.");
                return null;
            }
            parser.Consume<DocumentStart>();
            var builder = new TreeBuilder(parser, displayPath, diagnostics, limits);
            var root = builder.ReadValue(depth: 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var position = At(displayPath, parser.Current!.Start);
                diagnostics.Error(position, ProblemCodes.SeveralDocuments,
                    "Die Datei enthält mehr als ein YAML-Dokument (\"---\"). Jede Datei beschreibt genau ein Angebot; entfernen Sie die zweite \"---\"-Zeile.",
                    "The file contains more than one YAML document (\"---\"). Each file describes exactly one offer; remove the second \"---\" line.");
                return null;
            }
            return builder.Failed ? null : root;
        }
        catch (YamlException e)
        {
            diagnostics.Error(At(displayPath, e.Start), ProblemCodes.YamlSyntax,
                $"Die YAML-Schreibweise ist hier fehlerhaft ({Plain(e.Message)}). Prüfen Sie Einrückung, Doppelpunkte und Anführungszeichen in dieser und der Zeile davor.",
                $"The YAML is written incorrectly here ({Plain(e.Message)}). Check the indentation, colons and quotation marks in this line and the line before it.");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up without a position on some unclosed lists ("[a, b" and then a line further left).
            var after = parser?.Current?.End is { } end ? At(displayPath, end) : SourcePosition.StartOf(displayPath);
            diagnostics.Error(after, ProblemCodes.YamlSyntax,
                "Die YAML-Schreibweise ist hier oder in der nächsten Zeile fehlerhaft. Meist fehlt die schließende Klammer \"]\" einer Liste oder ein Anführungszeichen.",
                "The YAML is written incorrectly here or on the next line. Usually a list lacks its closing bracket \"]\" or a quotation mark is missing.");
            return null;
        }
        catch (TooDeepException e)
        {
            diagnostics.Error(e.Position, ProblemCodes.TooDeep,
                $"Die Daten sind tiefer als {limits.MaxDepth} Ebenen verschachtelt. So tief ist kein Feld angelegt; prüfen Sie die Einrückung.",
                $"The data is nested more than {limits.MaxDepth} levels deep. No field goes that deep; check the indentation.");
            return null;
        }
    }

    internal static SourcePosition At(string file, Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string Plain(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 ? message[(close + 3)..] : message;
    }

    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticList diagnostics)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index : FirstInvalidByte(bytes);
            var (line, column) = LineAndColumnOfByte(bytes, offset);
            diagnostics.Error(new SourcePosition(displayPath, line, column), ProblemCodes.NotUtf8,
                $"Die Datei ist nicht als UTF-8 gespeichert (ungültiges Byte an Position {offset}). Speichern Sie sie im Editor mit der Kodierung \"UTF-8\".",
                $"The file is not saved as UTF-8 (invalid byte at position {offset}). Save it in your editor with the encoding \"UTF-8\".");
            return null;
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var decoder = StrictUtf8.GetDecoder();
        Span<char> chars = stackalloc char[4];
        for (var i = 0; i < bytes.Length; i++)
        {
            try { decoder.GetChars(bytes.Slice(i, 1), chars, flush: false); }
            catch (DecoderFallbackException) { return i; }
        }
        return bytes.Length;
    }

    private static (int Line, int Column) LineAndColumnOfByte(ReadOnlySpan<byte> bytes, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
        }
        return (line, offset - lineStart + 1);
    }

    private sealed class TooDeepException(SourcePosition position) : Exception
    {
        public SourcePosition Position { get; } = position;
    }

    private sealed class TreeBuilder(IParser parser, string file, DiagnosticList diagnostics, YamlLimits limits)
    {
        public bool Failed { get; private set; }

        public YamlValue ReadValue(int depth)
        {
            var current = parser.Current!;
            var position = At(file, current.Start);
            if (depth > limits.MaxDepth) throw new TooDeepException(position);
            if (current is AnchorAlias)
            {
                Fail(position, ProblemCodes.AnchorOrAlias,
                    "Verweise mit \"*\" (YAML-Aliase) sind nicht erlaubt. Schreiben Sie den Wert an dieser Stelle aus.",
                    "References with \"*\" (YAML aliases) are not allowed. Write out the value here instead.");
                parser.MoveNext();
                return new YamlText(position, "", false);
            }
            if (current is NodeEvent node && !node.Anchor.IsEmpty)
            {
                Fail(position, ProblemCodes.AnchorOrAlias,
                    "Anker mit \"&\" sind nicht erlaubt. Entfernen Sie \"&" + node.Anchor.Value + "\".",
                    "Anchors with \"&\" are not allowed. Remove \"&" + node.Anchor.Value + "\".");
            }
            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    return new YamlText(position, scalar.Value, scalar.Style == ScalarStyle.Plain,
                        scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded);
                case SequenceStart:
                {
                    parser.MoveNext();
                    var items = new List<YamlValue>();
                    while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadValue(depth + 1));
                    return new YamlList(position, items);
                }
                case MappingStart:
                {
                    parser.MoveNext();
                    var entries = new List<YamlMapEntry>();
                    var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyValue = ReadValue(depth + 1);
                        var value = ReadValue(depth + 1);
                        if (keyValue is not YamlText key)
                        {
                            Fail(keyValue.Position, ProblemCodes.ComplexKey, "Ein Feldname muss ein einfaches Wort sein, keine Liste und kein Block.",
                                "A field name must be a simple word, not a list or a block.");
                            continue;
                        }
                        if (seen.TryGetValue(key.Value, out var first))
                        {
                            Fail(key.Position, ProblemCodes.DuplicateKey,
                                $"Das Feld \"{key.Value}\" steht zweimal in diesem Block (zuerst in Zeile {first.Line}). Löschen Sie eine der beiden Zeilen.",
                                $"The field \"{key.Value}\" appears twice in this block (first in line {first.Line}). Delete one of the two lines.");
                            continue;
                        }
                        seen[key.Value] = key.Position;
                        entries.Add(new YamlMapEntry(key, value));
                    }
                    return new YamlMap(position, entries);
                }
                default:
                    throw new YamlException(current.Start, current.End, "unerwartetes Element");
            }
        }

        private void Fail(SourcePosition position, string code, string message, string english)
        {
            Failed = true;
            diagnostics.Error(position, code, message, english);
        }
    }
}
