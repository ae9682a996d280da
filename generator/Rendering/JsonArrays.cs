using System.Text.Json;

namespace Angebotsverzeichnis.Rendering;

/// <summary>Writing lists of strings with a JSON writer, as the search data and the schema.org data both do.</summary>
public static class JsonArrays
{
    public static void WriteStringArray(this Utf8JsonWriter json, string property, IEnumerable<string> values)
    {
        json.WriteStartArray(property);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
