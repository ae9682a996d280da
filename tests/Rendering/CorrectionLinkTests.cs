using Angebotsverzeichnis.Tests.Building;
using Angebotsverzeichnis.Tests.Support;
using AngleSharp.Dom;
using YamlDotNet.RepresentationModel;

namespace Angebotsverzeichnis.Tests.Rendering;

/// <summary>
/// "Report a correction" on every offer page and leaflet entry: a plain link (no script needed) in the page's
/// language that opens an e-mail to the Integrationszentrum with the record's id, kind, page address and language;
/// where site.yaml names the GitHub repository, a second link opens the issue form with the same fields filled in.
/// </summary>
public sealed class CorrectionLinkTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Id = "vhs-witten-integrationskurs-a1";

    [Theory]
    [InlineData("de", "Fehler melden")]
    [InlineData("ar", null)]
    [InlineData("uk", null)]
    public void OfferPage_LinksAPreparedEmail_WithIdKindPageAndLanguage(string language, string? linkText)
    {
        var page = OutputFiles.Parse(Path.Combine(site.Output, language, "sprachkurse", $"{Id}.html"));
        var link = page.QuerySelector("main .correction a[href^='mailto:']");
        Assert.NotNull(link);
        if (linkText is not null) Assert.Contains(linkText, link!.TextContent);
        else Assert.DoesNotContain("Fehler melden", link!.TextContent);
        var mail = Mail.Parse(link.GetAttribute("href")!);
        Assert.Equal(site.Content.Settings.Publisher.Email, mail.Address);
        Assert.Equal($"Korrektur: {Id} (sprachkurse, {language})", mail.Subject);
        Assert.Contains($"Datensatz: {Id}", mail.Body);
        Assert.Contains("Art: sprachkurse", mail.Body);
        Assert.Contains($"Seite: https://angebote.example.org/{language}/sprachkurse/{Id}.html", mail.Body);
        Assert.Contains($"Sprache: {language}", mail.Body);
        Assert.Empty(page.QuerySelectorAll("main .correction a[href^='https://github.com/']")); // site.yaml names no repository
    }

    [Fact]
    public void EveryOfferPage_InEveryLanguage_HasItsOwnCorrectionLink()
    {
        var missing = new List<string>();
        foreach (var language in site.Content.Settings.Languages.Select(l => l.Code))
        foreach (var offer in site.Content.Offers)
        {
            var file = Path.Combine(site.Output, language, Angebotsverzeichnis.Model.Paths.Offer(offer).Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(file)) continue;
            var href = OutputFiles.Parse(file).QuerySelector("main .correction a[href^='mailto:']")?.GetAttribute("href");
            if (href is null || !Mail.Parse(href).Subject.Contains($" {offer.Id} ", StringComparison.Ordinal)) missing.Add($"{language}/{offer.Id}");
        }
        Assert.True(missing.Count == 0, "no correction link for: " + string.Join(", ", missing.Take(10)));
    }

    [Fact]
    public void LeafletEntries_LinkTheSameEmail_OnScreenOnly()
    {
        var page = OutputFiles.Parse(Path.Combine(site.Output, "tr", "merkblatt", "witten", "index.html"));
        var entries = page.QuerySelectorAll(".leaflet-offer").ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var href = entry.QuerySelector("a.correction[href^='mailto:']")?.GetAttribute("href");
            Assert.True(href is not null, $"no correction link in {entry.TextContent.Trim()[..40]}");
            Assert.Contains(", tr)", Mail.Parse(href!).Subject);
        }
        Assert.Contains("@media print", page.QuerySelector("style")!.TextContent);
        Assert.Matches(@"@media print\s*\{[^}]*\.correction\s*\{\s*display:\s*none", page.QuerySelector("style")!.TextContent);
    }

    [Fact]
    public void WithARepository_TheIssueFormLink_FillsInTheFormsFields()
    {
        using var scratch = new ScratchSite();
        File.AppendAllText(Path.Combine(scratch.ContentDirectory, "site.yaml"), "\ngithub_repository: en-kreis/angebote\n");
        scratch.WriteRecord("sprachkurse", "kurs-korrektur", CourseRecord);
        var result = scratch.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        var page = OutputFiles.Parse(Path.Combine(scratch.OutputDirectory, "fa", "sprachkurse", "kurs-korrektur.html"));
        var href = page.QuerySelector("main .correction a[href^='https://github.com/']")?.GetAttribute("href");
        Assert.NotNull(href);
        var url = new Uri(href!);
        Assert.Equal("/en-kreis/angebote/issues/new", url.AbsolutePath);
        var query = Query(url.Query);
        Assert.Equal("korrektur.yml", query["template"]);
        Assert.Equal("kurs-korrektur", query["datensatz"]);
        Assert.Equal("sprachkurse", query["art"]);
        Assert.Equal("https://angebote.example.org/fa/sprachkurse/kurs-korrektur.html", query["seite"]);
        Assert.Equal("fa", query["sprache"]);
        Assert.Equal("Korrektur: kurs-korrektur (sprachkurse, fa)", query["title"]);

        // The form exists and has a field for each value the link fills in.
        var form = new YamlStream();
        form.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "ISSUE_TEMPLATE", "korrektur.yml"))));
        var ids = ((YamlSequenceNode)((YamlMappingNode)form.Documents[0].RootNode)["body"]).Children
            .OfType<YamlMappingNode>().Where(n => n.Children.ContainsKey("id")).Select(n => n["id"].ToString()).ToList();
        foreach (var field in query.Keys.Except(["template", "title"])) Assert.Contains(field, ids);
    }

    [Fact]
    public void ARepositoryNameThatIsNotOwnerSlashName_IsASettingsError()
    {
        using var scratch = new ScratchSite();
        File.AppendAllText(Path.Combine(scratch.ContentDirectory, "site.yaml"), "\ngithub_repository: https://github.com/en-kreis/angebote\n");
        var result = scratch.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics.Sorted(), d => d.ToString().Contains("github_repository", StringComparison.Ordinal) && d.ToString().Contains("site.yaml:", StringComparison.Ordinal));
    }

    private const string CourseRecord = """
        name:
          de: Deutschkurs am Abend
        beschreibung:
          de: Ein Kurs am Abend.
        ort: Witten
        adresse:
          strasse: Hauptstraße 1
          plz: "58452"
        sprachen: [de]
        zielgruppen: [gefluechtete]
        handlungsfeld: bildung-sprache
        geprueft_am: 2026-10-01
        veroeffentlicht: ja
        kursart: integrationskurs
        niveau_von: A1
        niveau_bis: B1
        """;

    private static Dictionary<string, string> Query(string query) =>
        query.TrimStart('?').Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]), StringComparer.Ordinal);

    private sealed record Mail(string Address, string Subject, string Body)
    {
        public static Mail Parse(string href)
        {
            var uri = href["mailto:".Length..];
            var at = uri.IndexOf('?');
            var query = Query(uri[at..]);
            return new Mail(uri[..at], query["subject"], query["body"]);
        }
    }
}
