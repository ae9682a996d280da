using System.Text.Json;
using System.Text.Json.Nodes;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Rendering;

namespace Angebotsverzeichnis.Output.OpenData;

/// <summary>
/// Writes the open-data exports under data/: our own JSON and CSV, and the HSDS tables with their data package.
/// The files hold every offer and grow with the content, so each goes straight to disk, one offer at a time.
/// </summary>
public static class OpenDataWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static void Write(Site site, SiteLinks links, SiteWriter writer)
    {
        var folder = Paths.OpenDataFolder;
        writer.WriteStream($"{folder}/angebote.json", stream => WriteJson(stream, site, links));
        writer.WriteText($"{folder}/angebote.csv", text => OffersCsv.Write(text, Records(site, links), site));
        var hsds = new HsdsTables(site, links);
        foreach (var table in hsds.All) writer.WriteText($"{folder}/hsds/{table.Name}.csv", table.WriteTo);
        writer.Write($"{folder}/hsds/datapackage.json", hsds.DataPackage());
    }

    private static IEnumerable<JsonObject> Records(Site site, SiteLinks links) => site.Offers.Select(o => OfferExport.ToJson(o, site, links));

    private static void WriteJson(Stream stream, Site site, SiteLinks links)
    {
        using (var json = StreamedJson.Writer(stream, Json))
        {
            json.WriteStartObject();
            json.WriteString("titel", site.Settings.Publisher.Name);
            json.WriteString("datenstand", OfferExport.Date(site.DataDate));
            json.WriteString("lizenz", site.Settings.DataLicence);
            json.WriteString("quelle", site.Settings.BaseUrl.ToString());
            json.WriteStartArray(Loading.Import.JsonLinesOfferReader.OpenDataRecords);
            foreach (var record in Records(site, links))
            {
                RemoveNulls(record).WriteTo(json, Json);
                StreamedJson.FlushWhenFull(json);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.Write("\n"u8);
    }

    private static JsonNode RemoveNulls(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList()) obj.Remove(key);
                foreach (var (_, value) in obj) RemoveNulls(value!);
                break;
            case JsonArray array:
                foreach (var item in array) if (item is not null) RemoveNulls(item);
                break;
        }
        return node;
    }
}
