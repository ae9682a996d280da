using System.Text.Json;
using System.Text.RegularExpressions;
using Angebotsverzeichnis.Tests.Building;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Output;

/// <summary>
/// Every CSV file of the sample site read back with the tests' own reader (<see cref="PublishedCsv"/>), in the form
/// the /data/ page promises, and compared with angebote.json: the CSV files are the same data as the JSON.
/// </summary>
public partial class OpenDataCsvTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private string DataFolder => Path.Combine(site.Output, "data");

    private JsonElement[] JsonOffers =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolder, "angebote.json"))).RootElement.GetProperty("angebote").EnumerateArray().ToArray();

    private PublishedCsv Csv(string sitePath) => PublishedCsv.Read(Path.Combine(DataFolder, sitePath));

    [Fact]
    public void EveryCsvFile_HasAByteOrderMark_Semicolons_CrLf_AndTheHeadersNumberOfCellsInEveryRow()
    {
        var files = Directory.GetFiles(DataFolder, "*.csv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(DataFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolder, "hsds", "datapackage.json"))).RootElement;
        var hsds = package.GetProperty("resources").EnumerateArray().Select(r => "hsds/" + r.GetProperty("path").GetString()).ToList();
        Assert.Contains("angebote.csv", files);
        Assert.Equal(8, hsds.Count);
        Assert.All(hsds, table => Assert.Contains(table, files));
        Assert.Equal(7, files.Count(f => f.StartsWith("bericht/", StringComparison.Ordinal)));

        foreach (var file in files)
        {
            var csv = Csv(file);
            Assert.True(csv.Header.Count >= 2, $"{file}: the header is one cell, so the separator is not a semicolon");
            Assert.All(csv.Header, name => Assert.Matches("^[a-z0-9_]+$", name));
            Assert.NotEmpty(csv.RawRows);
            Assert.All(csv.RawRows, row => Assert.True(row.Count == csv.Header.Count, $"{file}: a row of {row.Count} cells under a header of {csv.Header.Count}"));
            // No cell a spreadsheet would run: a formula character at the start only behind the apostrophe, or a negative number.
            Assert.All(csv.RawRows.SelectMany(r => r), cell =>
                Assert.False(cell.Length > 0 && "=+-@\t\r\n".Contains(cell[0]) && !NegativeNumber().IsMatch(cell), $"{file}: unguarded cell \"{cell}\""));
            // No number German Excel misreads: "7.335" would become 7335, "51.4372" a text.
            Assert.All(csv.RawRows.SelectMany(r => r), cell =>
                Assert.False(PointNumber().IsMatch(cell), $"{file}: the number \"{cell}\" has a decimal point"));
        }
    }

    [Fact]
    public void DataPackage_DescribesTheTablesAsTheyAreWritten()
    {
        var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolder, "hsds", "datapackage.json"))).RootElement;
        var numbers = new List<string>();
        foreach (var resource in package.GetProperty("resources").EnumerateArray())
        {
            Assert.Equal(";", resource.GetProperty("dialect").GetProperty("delimiter").GetString());
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            var csv = Csv("hsds/" + resource.GetProperty("path").GetString());
            Assert.Equal(fields.Select(f => f.GetProperty("name").GetString()!), csv.Header);
            foreach (var field in fields)
            {
                var name = field.GetProperty("name").GetString()!;
                var type = field.GetProperty("type").GetString();
                Assert.True(type is "string" or "number", $"{name} is {type}");
                if (type != "number") continue;
                // Table Schema's decimalChar: a reader of the package parses "51,4372" as the number it is.
                Assert.Equal(",", field.GetProperty("decimalChar").GetString());
                numbers.Add($"{resource.GetProperty("name").GetString()}.{name}");
                Assert.All(csv.Rows.Select(r => r[name]).Where(v => v.Length > 0), value => PublishedCsv.Number(value));
            }
        }
        Assert.Equal(["locations.latitude", "locations.longitude"], numbers);
    }

    [Fact]
    public void OffersCsv_IsTheJsonExport_OfferByOfferAndFieldByField()
    {
        var csv = Csv("angebote.csv");
        var offers = JsonOffers;
        Assert.Equal(offers.Select(o => o.GetProperty("id").GetString()), csv.Rows.Select(r => r["id"]));
        var listsSeen = 0;
        var decimalsSeen = 0;
        foreach (var (offer, row) in offers.Zip(csv.Rows))
        {
            var id = offer.GetProperty("id").GetString();
            var compared = new HashSet<string>(StringComparer.Ordinal);
            void Cell(string column, JsonElement value)
            {
                Assert.True(row.ContainsKey(column), $"{id}: angebote.csv has no column {column}");
                Assert.True(compared.Add(column), $"{id}: two JSON values for the column {column}");
                var cell = row[column];
                switch (value.ValueKind)
                {
                    case JsonValueKind.String:
                        Assert.Equal(value.GetString(), cell);
                        break;
                    case JsonValueKind.True or JsonValueKind.False:
                        Assert.Equal(value.GetBoolean() ? "ja" : "nein", cell);
                        break;
                    case JsonValueKind.Number:
                        // The JSON's point is the CSV's comma: the same number, for a German spreadsheet.
                        Assert.Equal(value.GetDouble(), PublishedCsv.Number(cell));
                        Assert.Equal(value.GetRawText().Replace('.', ','), cell);
                        if (value.GetRawText().Contains('.')) decimalsSeen++;
                        break;
                    case JsonValueKind.Array when column == "zeiten":
                        Assert.Equal(value.EnumerateArray().Select(t => (
                                string.Join(' ', t.GetProperty("tage").EnumerateArray().Select(d => d.GetString())),
                                t.GetProperty("von").GetString()!, t.GetProperty("bis").GetString()!)),
                            PublishedCsv.List(cell).Select(period =>
                            {
                                var match = TimePeriod().Match(period);
                                Assert.True(match.Success, $"{id}: the period \"{period}\" is not \"days from-to\"");
                                return (match.Groups["days"].Value, match.Groups["from"].Value, match.Groups["to"].Value);
                            }));
                        break;
                    case JsonValueKind.Array:
                        Assert.Equal(value.EnumerateArray().Select(v => v.GetString()), PublishedCsv.List(cell));
                        if (value.GetArrayLength() > 1) listsSeen++;
                        break;
                    default:
                        Assert.Fail($"{id}: {column} is {value.ValueKind}");
                        break;
                }
            }
            foreach (var field in offer.EnumerateObject())
            {
                switch (field.Name, field.Value.ValueKind)
                {
                    case ("adresse" or "koordinaten", JsonValueKind.Object):
                        foreach (var part in field.Value.EnumerateObject()) Cell(part.Name, part.Value);
                        break;
                    case ("traeger", JsonValueKind.Object):
                        foreach (var part in field.Value.EnumerateObject()) Cell(part.Name == "name" ? "traeger" : "traeger_" + part.Name, part.Value);
                        break;
                    case ("person", JsonValueKind.Object):
                        foreach (var part in field.Value.EnumerateObject()) Cell("person_" + part.Name, part.Value);
                        break;
                    case (_, JsonValueKind.Object):
                        // A text per language.
                        foreach (var text in field.Value.EnumerateObject()) Cell($"{field.Name}_{text.Name}", text.Value);
                        break;
                    default:
                        Cell(field.Name, field.Value);
                        break;
                }
            }
            var extra = row.Where(c => c.Value.Length > 0 && !compared.Contains(c.Key)).Select(c => c.Key).ToList();
            Assert.True(extra.Count == 0, $"{id}: angebote.csv has values the JSON lacks: {string.Join(", ", extra)}");
        }
        Assert.True(listsSeen > 0);
        Assert.True(decimalsSeen > 0);
        // The town whose name has a space and brackets, inside a list: the case that needs the separator.
        Assert.Contains(csv.Rows, r => PublishedCsv.List(r["versorgungsgebiet"]) is { Count: > 1 } towns && towns.Contains("Wetter (Ruhr)"));
    }

    [Fact]
    public void HsdsTables_HoldTheOffersOfTheJsonExport()
    {
        var offers = JsonOffers;
        var ids = offers.Select(o => o.GetProperty("id").GetString()!).ToList();
        static string? Text(JsonElement offer, string field, string? part = null)
        {
            if (!offer.TryGetProperty(field, out var value)) return null;
            if (part is not null && !value.TryGetProperty(part, out value)) return null;
            return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        static IEnumerable<string> Strings(JsonElement offer, string field) =>
            offer.TryGetProperty(field, out var list) ? list.EnumerateArray().Select(v => v.GetString()!) : [];

        var services = Csv("hsds/services.csv").Rows;
        Assert.Equal(ids, services.Select(s => s["id"]));
        foreach (var (offer, service) in offers.Zip(services))
        {
            Assert.Equal(Text(offer, "name", "de"), service["name"]);
            Assert.Equal(Text(offer, "url", "de"), service["url"]);
            Assert.Equal(Text(offer, "email") ?? "", service["email"]);
            Assert.Equal(Text(offer, "geprueft_am"), service["assured_date"]);
        }
        var organizations = Csv("hsds/organizations.csv").Rows.Select(o => o["id"]).ToList();
        Assert.Equal(organizations.Count, organizations.Distinct().Count());
        Assert.All(services, s => Assert.Contains(s["organization_id"], organizations));

        var addresses = Csv("hsds/addresses.csv").Rows;
        Assert.Equal(offers.Select(o => (Text(o, "ort"), Text(o, "adresse", "plz"), Text(o, "adresse", "strasse"))),
            addresses.Select(a => ((string?)a["city"], (string?)a["postal_code"], (string?)a["address_1"])));

        var online = offers.Where(o => Text(o, "durchfuehrung") is "online" or "beides").ToList();
        var onSite = offers.Where(o => Text(o, "durchfuehrung") is "vor-ort" or "beides").ToList();
        var locations = Csv("hsds/locations.csv").Rows;
        Assert.Equal(offers.Length + online.Count, locations.Count);
        static double? Coordinate(JsonElement offer, string part) =>
            offer.TryGetProperty("koordinaten", out var at) ? at.GetProperty(part).GetDouble() : null;
        static double? Number(string cell) => cell.Length == 0 ? null : PublishedCsv.Number(cell);
        var physical = locations.Where(l => l["location_type"] != "virtual").ToList();
        Assert.Equal(offers.Select(o => (Coordinate(o, "breite"), Coordinate(o, "laenge"))),
            physical.Select(l => (Number(l["latitude"]), Number(l["longitude"]))));
        Assert.Contains(physical, l => l["latitude"].Contains(','));
        Assert.Equal(online.Count, locations.Count(l => l["location_type"] == "virtual"));
        Assert.Equal(onSite.Count + online.Count, Csv("hsds/service_at_locations.csv").Rows.Count);

        var phones = Csv("hsds/phones.csv").Rows;
        Assert.Equal(offers.Where(o => Text(o, "telefon") is not null).Select(o => (o.GetProperty("id").GetString(), Text(o, "telefon"))),
            phones.Select(p => ((string?)p["service_id"], (string?)p["number"])));
        Assert.Contains(phones, p => p["number"].StartsWith('+'));

        var languages = Csv("hsds/languages.csv").Rows;
        Assert.Equal(offers.SelectMany(o => Strings(o, "sprachen").Select(code => (o.GetProperty("id").GetString(), code))),
            languages.Select(l => ((string?)l["service_id"], l["code"])));

        var schedules = Csv("hsds/schedules.csv").Rows;
        Assert.Equal(
            offers.SelectMany(o => o.TryGetProperty("zeiten", out var times)
                ? times.EnumerateArray().Select(t => (o.GetProperty("id").GetString(), t.GetProperty("tage").GetArrayLength(), t.GetProperty("von").GetString(), t.GetProperty("bis").GetString()))
                : []),
            schedules.Select(s => ((string?)s["service_id"], s["byday"].Split(',').Length, (string?)s["opens_at"], (string?)s["closes_at"])));
    }

    [Fact]
    public void DataPage_SaysHowTheCsvFilesAreWritten()
    {
        var page = OutputFiles.Parse(Path.Combine(DataFolder, "index.html"));
        var heading = page.QuerySelectorAll("main h2").Single(h => h.TextContent == "So sind die CSV-Dateien aufgebaut");
        var text = heading.NextElementSibling!.TextContent + heading.NextElementSibling.NextElementSibling!.TextContent;
        foreach (var promise in new[]
                 {
                     "angebote.csv", "hsds/", "bericht/", "UTF-8 mit Byte-Order-Mark", "Trennzeichen Semikolon (;)", "RFC 4180",
                     "de | tr | ar", "Wetter (Ruhr) | Herdecke", "mo mi 09:00-12:30 | fr 10:00-12:00", "MO,WE",
                     "'+49 2302 0000-210", "Ein Apostroph am Anfang einer Zelle gehört nie zum Wert",
                     "Zahlen mit Dezimalkomma", "51,4372", "-0,1276", "\"decimalChar\": \",\"", "2026-09-15",
                 })
        {
            Assert.Contains(promise, text);
        }
        Assert.DoesNotContain("Punkt als Dezimalzeichen", text);
        Assert.Contains("Dieselben Angebote mit denselben Werten wie angebote.json", page.QuerySelector("main dl")!.TextContent);
    }

    [GeneratedRegex(@"^-[0-9]+(,[0-9]+)?$")]
    private static partial Regex NegativeNumber();

    [GeneratedRegex(@"^-?[0-9]+\.[0-9]+$")]
    private static partial Regex PointNumber();

    [GeneratedRegex(@"^(?<days>[a-z]+(?: [a-z]+)*) (?<from>[0-9]{2}:[0-9]{2})-(?<to>[0-9]{2}:[0-9]{2})$")]
    private static partial Regex TimePeriod();
}
