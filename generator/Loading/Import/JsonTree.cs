using System.Text;
using System.Text.Json;

namespace Angebotsverzeichnis.Loading.Import;

/// <summary>A JSON value with the byte offset it starts at, so that problems can be reported at line and column.</summary>
public abstract record JsonItem(int Offset);

public sealed record JsonObjectItem(int Offset, IReadOnlyList<JsonProperty> Properties) : JsonItem(Offset);

public sealed record JsonProperty(string Name, int NameOffset, JsonItem Value);

public sealed record JsonArrayItem(int Offset, IReadOnlyList<JsonItem> Items) : JsonItem(Offset);

public sealed record JsonStringItem(int Offset, string Value) : JsonItem(Offset);

/// <summary>A number as written, so that "58452" or "51.4370" keep their digits.</summary>
public sealed record JsonNumberItem(int Offset, string Text) : JsonItem(Offset);

public sealed record JsonBooleanItem(int Offset, bool Value) : JsonItem(Offset);

public sealed record JsonNullItem(int Offset) : JsonItem(Offset);

/// <summary>Reads one JSON document into <see cref="JsonItem"/>s with System.Text.Json's reader (which keeps positions).</summary>
public static class JsonTree
{
    public const int MaxDepth = 64;

    /// <summary>The tree, or the byte offset and the reason where the JSON is broken.</summary>
    public static (JsonItem? Root, int ErrorOffset, string? Error) Parse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read()) return (null, 0, "leer");
            var root = ReadItem(ref reader);
            if (reader.Read()) return (null, (int)reader.TokenStartIndex, "weitere Zeichen nach dem Ende des Objekts");
            return (root, 0, null);
        }
        catch (JsonException e)
        {
            return (null, OffsetOf(utf8, e.LineNumber ?? 0, e.BytePositionInLine ?? 0), Plain(e.Message));
        }
        catch (InvalidOperationException e)
        {
            // GetString() on an escape that is no valid text, such as a lone "\ud800".
            return (null, (int)reader.TokenStartIndex, Plain(e.Message));
        }
    }

    private static JsonItem ReadItem(ref Utf8JsonReader reader)
    {
        var offset = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var properties = new List<JsonProperty>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameOffset = (int)reader.TokenStartIndex;
                    var name = reader.GetString()!;
                    reader.Read();
                    properties.Add(new JsonProperty(name, nameOffset, ReadItem(ref reader)));
                }
                return new JsonObjectItem(offset, properties);
            }
            case JsonTokenType.StartArray:
            {
                var items = new List<JsonItem>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadItem(ref reader));
                return new JsonArrayItem(offset, items);
            }
            case JsonTokenType.String:
                return new JsonStringItem(offset, reader.GetString()!);
            case JsonTokenType.Number:
                return new JsonNumberItem(offset, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new JsonBooleanItem(offset, true);
            case JsonTokenType.False:
                return new JsonBooleanItem(offset, false);
            default:
                return new JsonNullItem(offset);
        }
    }

    /// <summary>The byte offset of a zero-based line and byte position in it, as JsonException reports them.</summary>
    private static int OffsetOf(ReadOnlySpan<byte> utf8, long line, long bytePosition)
    {
        var offset = 0;
        for (var l = 0L; l < line && offset < utf8.Length; offset++)
        {
            if (utf8[offset] == (byte)'\n') l++;
        }
        return (int)Math.Min(utf8.Length, offset + bytePosition);
    }

    /// <summary>System.Text.Json's message without its " LineNumber: … | BytePositionInLine: …." tail; we give the position ourselves.</summary>
    private static string Plain(string message)
    {
        var tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (tail >= 0 ? message[..tail] : message).Trim();
    }
}

/// <summary>Turns byte offsets in a UTF-8 buffer into one-based lines and columns (columns count characters, as editors do).</summary>
public sealed class ByteLines
{
    private readonly byte[] _bytes;
    private readonly int _firstLine;
    private readonly List<int> _lineStarts = [0];

    public ByteLines(byte[] bytes, int firstLine = 1)
    {
        _bytes = bytes;
        _firstLine = firstLine;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') _lineStarts.Add(i + 1);
        }
    }

    /// <summary>The offset of the first byte that is not part of valid UTF-8, or -1 when all is valid.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return -1;
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done) return offset;
            offset += consumed;
        }
        return -1;
    }

    public (int Line, int Column) At(int offset)
    {
        offset = Math.Clamp(offset, 0, _bytes.Length);
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0) index = ~index - 1;
        var start = _lineStarts[index];
        var column = Encoding.UTF8.GetCharCount(_bytes, start, offset - start) + 1;
        return (_firstLine + index, column);
    }
}
