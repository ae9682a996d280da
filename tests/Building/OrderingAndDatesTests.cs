using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Building;

public class OrderingAndDatesTests
{
    [Fact]
    public void GermanListings_SortUmlautsAndEszettWhereAGermanReaderExpectsThem()
    {
        using var site = new ScratchSite();
        var names = new[] { "Zentrum Witten", "Ärztehaus Witten", "Apotheke Witten", "Öko-Verein Witten", "Ostpark Witten", "Straße der Kulturen", "Strasse B", "Übersetzung Witten", "Ufer-Treff" };
        for (var i = 0; i < names.Length; i++)
        {
            site.WriteRecord("organisationen", $"verein-{i}", SampleRecords.With(SampleRecords.Organisation, "name", $"name:\n  de: {names[i]}"));
        }

        Assert.True(site.Build().Succeeded);

        var listing = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "de", "organisationen", "index.html"));
        var shown = listing.QuerySelectorAll(".card-title a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Apotheke Witten", "Ärztehaus Witten", "Öko-Verein Witten", "Ostpark Witten", "Strasse B", "Straße der Kulturen", "Übersetzung Witten", "Ufer-Treff", "Zentrum Witten"],
            shown);
    }

    [Fact]
    public void CourseWhoseEndHasPassed_IsWarnedAbout_AndLeftOffTheSite()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "laeuft", SampleRecords.Course);
        site.WriteRecord("sprachkurse", "vorbei", SampleRecords.With(SampleRecords.With(SampleRecords.Course, "ende", "ende: 2026-11-24"), "beginn", "beginn: 2026-02-01"));

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics.Sorted(), d => d.Code == "AV310");
        Assert.EndsWith("vorbei.yaml", warning.Position.File);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "de", "sprachkurse", "laeuft.html")));
        Assert.False(Directory.Exists(Path.Combine(site.OutputDirectory, "de", "sprachkurse", "vorbei")));
        Assert.DoesNotContain("vorbei", File.ReadAllText(Path.Combine(site.OutputDirectory, "de", "sitemap.xml")));
    }

    [Fact]
    public void ReviewOlderThanTwelveMonths_IsAWarningAtTheReviewDate()
    {
        using var site = new ScratchSite();
        var yaml = SampleRecords.With(SampleRecords.Care, "geprueft_am", "geprueft_am: 2025-11-24");
        site.WriteRecord("pflege", "alt", yaml);

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics.Sorted(), d => d.Code == "AV309");
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.StartsWith("geprueft_am")) + 1, warning.Position.Line);
        Assert.Equal("geprueft_am: ".Length + 1, warning.Position.Column);
    }

    [Fact]
    public void DataDate_IsTheNewestReviewDate_NotTheClock()
    {
        using var site = new ScratchSite();
        site.WriteRecord("pflege", "pflege", SampleRecords.Care);
        site.WriteRecord("sprachkurse", "kurs", SampleRecords.Course);

        Assert.True(site.Build().Succeeded);

        var about = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "de", "ueber", "index.html"));
        Assert.NotNull(about.QuerySelector("time[datetime='2026-10-01']"));
    }
}
