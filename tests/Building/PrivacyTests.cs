using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Building;

public class PrivacyTests
{
    [Fact]
    public void InternalFieldsAndUnpublishedRecords_ReachNoOutputFile()
    {
        using var site = new ScratchSite();
        var markers = new List<string>();
        string Marker(string field)
        {
            var marker = $"MARKER-{field}-{markers.Count:D2}-c0ffee";
            markers.Add(marker);
            return marker;
        }

        string WithInternals(string yaml) => SampleRecords.With(yaml, "intern",
            $"intern:\n  notiz: {Marker("notiz")}\n  ansprechperson:\n    name: {Marker("name")}\n    telefon: \"+49 2302 {markers.Count:D4}\"\n    email: {Marker("mail").ToLowerInvariant()}@example.org");

        site.WriteRecord("sprachkurse", "kurs", WithInternals(SampleRecords.Course));
        site.WriteRecord("dolmetscher", "dienst", WithInternals(SampleRecords.Interpreter));
        site.WriteRecord("pflege", "pflege", WithInternals(SampleRecords.Care));
        site.WriteRecord("organisationen", "verein", WithInternals(SampleRecords.Organisation));
        var draft = SampleRecords.With(SampleRecords.With(SampleRecords.Organisation, "veroeffentlicht", "veroeffentlicht: nein"),
            "name", $"name:\n  de: {Marker("entwurf")}");
        site.WriteRecord("organisationen", Marker("entwurfsdatei").ToLowerInvariant(), draft);
        var ended = SampleRecords.With(SampleRecords.With(SampleRecords.Course, "ende", "ende: 2026-10-31"), "beginn", "beginn: 2026-03-01");
        site.WriteRecord("sprachkurse", "beendet", SampleRecords.With(ended, "name", $"name:\n  de: {Marker("beendet")}"));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        var files = OutputFiles.All(site.OutputDirectory).ToList();
        Assert.True(files.Count > 50);
        foreach (var file in files)
        {
            var bytes = File.ReadAllText(file);
            foreach (var marker in markers)
            {
                Assert.False(bytes.Contains(marker, StringComparison.OrdinalIgnoreCase), $"{marker} leaked into {file}");
                Assert.DoesNotContain(marker.ToLowerInvariant(), file);
            }
        }
    }

    [Fact]
    public void PrivatePerson_IsPublishedOnlyWithConsent()
    {
        using var site = new ScratchSite();
        site.WriteRecord("dolmetscher", "freiberuflich", SampleRecords.With(SampleRecords.Interpreter, "person",
            "person:\n  name: Leyla Beispiel\n  telefon: \"+49 2302 0000-481\"\n  einwilligung: nein"));

        var refused = site.Build();

        Assert.False(refused.Succeeded);
        Assert.Contains(refused.Diagnostics.Sorted(), d => d.Code == "AV406");
        Assert.False(Directory.Exists(site.OutputDirectory));

        site.WriteRecord("dolmetscher", "freiberuflich", SampleRecords.With(SampleRecords.Interpreter, "person",
            "person:\n  name: Leyla Beispiel\n  telefon: \"+49 2302 0000-481\"\n  einwilligung: ja"));
        Assert.True(site.Build().Succeeded);
        var page = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "de", "dolmetscher", "freiberuflich.html"));
        Assert.Equal("Leyla Beispiel", page.QuerySelector(".person-name")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='tel:+4923020000481']"));
    }
}
