using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Rendering;

public class FallbackTests
{
    [Fact]
    public void Build_FallsBackToGerman_AndMarksTheFragment()
    {
        using var site = new ScratchSite();
        site.WriteRecord("pflege", "pflegedienst", SampleRecords.Care);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        var document = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "tr", "pflege", "pflegedienst.html"));
        Assert.Equal("tr", document.DocumentElement.GetAttribute("lang"));

        var heading = document.QuerySelector("main h1")!;
        var germanName = heading.QuerySelector("[lang=de]")!;
        Assert.Equal("Pflegedienst Beispiel", germanName.TextContent);
        Assert.Equal("ltr", germanName.GetAttribute("dir"));
        Assert.Contains("(Almanca)", heading.QuerySelector(".fallback-mark")!.TextContent);

        var description = document.QuerySelector(".offer-description .fallback")!;
        Assert.Equal("de", description.GetAttribute("lang"));
        Assert.Contains("Ambulante Pflege auf Türkisch und Deutsch.", description.TextContent);
        var note = document.QuerySelector(".offer-description .fallback-note")!;
        Assert.Null(note.Closest("[lang=de]"));
        Assert.False(string.IsNullOrWhiteSpace(note.TextContent));
    }

    [Fact]
    public void Build_UsesTheTranslation_WhereOneExists()
    {
        using var site = new ScratchSite();
        site.WriteRecord("organisationen", "kulturverein", SampleRecords.Organisation);

        Assert.True(site.Build().Succeeded);

        var document = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "tr", "organisationen", "kulturverein.html"));
        var heading = document.QuerySelector("main h1")!;
        Assert.Equal("Örnek Kültür Derneği", heading.TextContent.Trim());
        Assert.Null(heading.QuerySelector("[lang]"));
        Assert.Null(document.QuerySelector(".offer-description .fallback"));
    }

    [Fact]
    public void Build_FallsBackToGermanInterfaceStrings_MarksThem_AndListsTheMissingKeys()
    {
        using var site = new ScratchSite();
        site.WriteRecord("pflege", "pflegedienst", SampleRecords.Care);
        var english = File.ReadAllLines(Path.Combine(site.TranslationsDirectory, "en.yaml"))
            .Where(line => !line.TrimStart().StartsWith("skip:", StringComparison.Ordinal));
        File.WriteAllLines(Path.Combine(site.TranslationsDirectory, "en.yaml"), english);

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(["nav.skip"], result.MissingTranslations["en"]);
        Assert.False(result.MissingTranslations.ContainsKey("tr"));
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Code == "AV801" && d.Position.File.EndsWith("en.yaml") && d.Message.Contains("nav.skip"));
        var skipLink = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "en", "index.html")).QuerySelector(".skip-link")!;
        var german = skipLink.QuerySelector("[lang=de]")!;
        Assert.Equal("Zum Inhalt springen", german.TextContent);
        Assert.Equal("ltr", german.GetAttribute("dir"));
    }

    [Fact]
    public void Build_NeedsNoCodeChange_ForANewLanguage()
    {
        using var site = new ScratchSite();
        site.WriteRecord("organisationen", "kulturverein", SampleRecords.Organisation);
        var settings = Path.Combine(site.ContentDirectory, "site.yaml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace(
            "  - { code: fa, name: فارسی, richtung: rtl }",
            "  - { code: fa, name: فارسی, richtung: rtl }\n  - { code: ku, name: Kurdî, richtung: ltr }"));
        site.WriteTranslation("ku", "site:\n  title: Pêşkêşî li Ennepe-Ruhr-Kreis\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        Assert.Equal(9, result.Languages);
        var home = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "ku", "index.html"));
        Assert.Equal("ku", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Pêşkêşî li Ennepe-Ruhr-Kreis", home.QuerySelector("main h1")!.TextContent);
        var chooser = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "index.html"));
        Assert.NotNull(chooser.QuerySelector("a[href='/ku/'][hreflang=ku]"));
    }
}
