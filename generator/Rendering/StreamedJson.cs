using System.Text.Json;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// Writes a large JSON file to its stream one value at a time, with the writer settings JsonNode.ToJsonString uses
/// for the same options, so the file has exactly the bytes it had when it was built in memory as one string.
/// </summary>
public static class StreamedJson
{
    private const int FlushThreshold = 1 << 16;

    public static Utf8JsonWriter Writer(Stream stream, JsonSerializerOptions options) => new(stream, new JsonWriterOptions
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
    });

    /// <summary>The writer holds everything in memory until flushed, and each flush also flushes the file: so flush in large pieces.</summary>
    public static void FlushWhenFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= FlushThreshold) writer.Flush();
    }
}
