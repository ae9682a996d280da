using Angebotsverzeichnis.Kinds;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Rendering;

/// <summary>The filter form as a visitor reads it, in every language of the site.</summary>
public class FilterFormTests
{
    [Fact]
    public void EverySelect_HasDistinctOptions_SoNoFilterOffersTheSameLabelTwice()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "kurs", SampleRecords.Course);
        site.WriteRecord("organisationen", "verein", SampleRecords.Organisation);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));

        foreach (var language in new[] { "de", "en", "tr", "ar", "uk", "ru", "pl", "fa" })
        {
            var form = OutputFiles.Parse(Path.Combine(site.OutputDirectory, language, "suche", "index.html")).QuerySelector("form.filters")!;
            var selects = form.QuerySelectorAll("select");
            // Kind, town, language, target group, delivery, the course filters' three, and one per kind filter.
            Assert.Equal(8 + OfferKinds.All.Sum(k => k.SearchFilters.Count), selects.Length);
            foreach (var select in selects)
            {
                var labels = select.QuerySelectorAll("option").Select(o => o.TextContent.Trim()).ToList();
                Assert.True(labels.Count == labels.Distinct().Count(), $"{language} #{select.Id}: {string.Join(" | ", labels)}");
            }
        }
    }

    [Fact]
    public void TargetGroupSelect_InGerman_TellsNoFilterFromOffersForEveryone()
    {
        using var site = new ScratchSite();
        site.WriteRecord("organisationen", "verein", SampleRecords.Organisation);
        Assert.True(site.Build().Succeeded);

        var select = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "de", "suche", "index.html")).QuerySelector("#filter-group")!;
        var options = select.QuerySelectorAll("option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();

        Assert.Equal(("", "Alle Zielgruppen"), options[0]);
        Assert.Contains(("alle", "Alle"), options);
        var empties = new[] { "filter-kind", "filter-town", "filter-language", "filter-level", "filter-course-type" }
            .Select(id => OutputFiles.Parse(Path.Combine(site.OutputDirectory, "de", "suche", "index.html")).QuerySelector($"#{id} option[value='']")!.TextContent);
        Assert.Equal(["Alle Arten", "Alle Städte", "Alle Sprachen", "Alle Niveaus", "Alle Kursarten"], empties);
    }
}
