using System.Text.Json;
using System.Text.Json.Nodes;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Rendering;

namespace Angebotsverzeichnis.Output.OpenData;

/// <summary>Writes the open-data exports under data/: our own JSON and CSV, and the HSDS tables with their data package.</summary>
public static class OpenDataWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static void Write(Site site, SiteLinks links, SiteWriter writer)
    {
        var records = site.Offers.Select(o => OfferExport.ToJson(o, site, links)).ToList();
        var document = new JsonObject
        {
            ["titel"] = site.Settings.Publisher.Name,
            ["datenstand"] = OfferExport.Date(site.DataDate),
            ["lizenz"] = site.Settings.DataLicence,
            ["quelle"] = site.Settings.BaseUrl.ToString(),
            ["angebote"] = new JsonArray(records.Select(r => (JsonNode)r.DeepClone()).ToArray()),
        };
        var folder = Paths.OpenDataFolder;
        writer.Write($"{folder}/angebote.json", RemoveNulls(document).ToJsonString(Json) + "\n");
        writer.Write($"{folder}/angebote.csv", OffersCsv.Write(records, site));
        var tables = HsdsTables.Build(site, links);
        foreach (var (name, table) in tables) writer.Write($"{folder}/hsds/{name}.csv", table.ToString());
        writer.Write($"{folder}/hsds/datapackage.json", HsdsTables.DataPackage(tables, site));
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
