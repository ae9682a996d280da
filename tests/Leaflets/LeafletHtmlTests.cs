using Angebotsverzeichnis.Tests.Building;
using Angebotsverzeichnis.Tests.Support;
using AngleSharp.Dom;

namespace Angebotsverzeichnis.Tests.Leaflets;

/// <summary>
/// The leaflet pages of the sample content (built without PDFs): each is a document in its language, and every
/// bilingual block is German first, then the leaflet's language, each half marked with its own lang and dir.
/// </summary>
public class LeafletHtmlTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static readonly string[] Slugs =
        ["breckerfeld", "ennepetal", "gevelsberg", "hattingen", "herdecke", "schwelm", "sprockhoevel", "wetter-ruhr", "witten", "kreis"];

    private IReadOnlyDictionary<string, string> Directions =>
        site.Content.Settings.Languages.ToDictionary(l => l.Code, l => l.Direction);

    private IEnumerable<(string Language, string Slug, IDocument Page)> Leaflets() =>
        from language in Directions.Keys
        from slug in Slugs
        select (language, slug, OutputFiles.Parse(Path.Combine(site.Output, language, "merkblatt", slug, "index.html")));

    [Fact]
    public void EveryLeaflet_IsADocumentInItsLanguage_WithLangAndDirOnHtml()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
        Assert.Equal("rtl", Directions["ar"]);
        Assert.Equal("rtl", Directions["fa"]);
        foreach (var (language, slug, page) in Leaflets())
        {
            var html = page.DocumentElement;
            Assert.True(language == html.GetAttribute("lang"), $"{language}/{slug}: <html lang=\"{html.GetAttribute("lang")}\">");
            Assert.True(Directions[language] == html.GetAttribute("dir"), $"{language}/{slug}: <html dir=\"{html.GetAttribute("dir")}\">");
            Assert.NotNull(page.QuerySelector("main.leaflet"));
            Assert.Empty(page.QuerySelectorAll("link[rel=stylesheet], script")); // standalone: prints from disk with nothing else
        }
    }

    [Fact]
    public void EveryBilingualBlock_HasAGermanHalfAndATranslatedHalf_EachWithLangAndDir()
    {
        foreach (var (language, slug, page) in Leaflets())
        {
            var where = $"{language}/{slug}";
            var halves = page.QuerySelectorAll(".de-part, .translated-part").ToList();
            Assert.NotEmpty(halves);
            foreach (var half in halves)
            {
                var lang = half.GetAttribute("lang");
                var dir = half.GetAttribute("dir");
                Assert.True(lang is not null && dir is not null, $"{where}: {half.OuterHtml} lacks lang or dir");
                Assert.True(Directions.TryGetValue(lang!, out var direction) && direction == dir, $"{where}: {half.OuterHtml}: dir does not fit lang");
                if (half.ClassList.Contains("de-part"))
                {
                    Assert.True(lang == "de", $"{where}: German half {half.OuterHtml}");
                }
                else
                {
                    Assert.True(half.PreviousElementSibling?.ClassList.Contains("de-part") == true, $"{where}: a translated half without its German half: {half.ParentElement!.OuterHtml}");
                    Assert.True(language != "de", $"{where}: the German leaflet has a translated half {half.OuterHtml}");
                }
            }
            // Titles, kind headings and offer names: the record and kind names exist in every language of the sample.
            var translated = page.QuerySelectorAll(".section-heading .translated-part, .offer-name .translated-part").ToList();
            if (language == "de") Assert.Empty(translated);
            else Assert.True(translated.Count > 0, $"{where}: no translated kind heading or offer name");
            Assert.All(translated, t => Assert.True(t.GetAttribute("lang") == language && t.GetAttribute("dir") == Directions[language],
                $"{where}: {t.OuterHtml} should be in {language}"));
        }
    }

    /// <summary>
    /// A screen reader that jumps from heading to heading hears them in the reader's language: where a translation
    /// exists the heading element is the translation and its German line stands beside it in the same hgroup; a
    /// heading without translation is German and says so. One title, then one heading per kind.
    /// </summary>
    [Fact]
    public void Headings_AreInTheReadersLanguage_WithTheGermanLineInTheirHgroup()
    {
        foreach (var (language, slug, page) in Leaflets())
        {
            var where = $"{language}/{slug}";
            Assert.Single(page.QuerySelectorAll("h1"));
            var headings = page.QuerySelectorAll("h1, h2, h3").ToList();
            foreach (var heading in headings)
            {
                var group = heading.ParentElement!;
                if (heading.GetAttribute("lang") == language)
                {
                    if (language == "de") continue;
                    Assert.True(group.LocalName == "hgroup", $"{where}: {heading.OuterHtml} has no German line beside it");
                    var german = group.QuerySelector(":scope > p.de-part");
                    Assert.True(german?.GetAttribute("lang") == "de" && german.GetAttribute("dir") == "ltr" && german.TextContent.Length > 0,
                        $"{where}: the German line of {group.OuterHtml}");
                }
                else
                {
                    Assert.True(heading.GetAttribute("lang") == "de" && heading.ClassList.Contains("de-part") && group.LocalName != "hgroup",
                        $"{where}: a heading neither in {language} nor a German fallback: {heading.OuterHtml}");
                }
            }
            var kinds = page.QuerySelectorAll(".leaflet-section").Select(s => s.QuerySelectorAll("h2").Length).ToList();
            Assert.True(kinds.Count > 0 && kinds.All(count => count == 1), $"{where}: headings per section {string.Join(",", kinds)}");
            if (language != "de")
                Assert.True(page.QuerySelectorAll($"h2[lang={language}]").Length == kinds.Count, $"{where}: a kind heading is not in {language}");
        }
    }

    /// <summary>
    /// A translated half is the leaflet's language. A text the language has no translation for is shown once, in German;
    /// it must not appear a second time as a "translation" marked German that mixes in the other language's words.
    /// </summary>
    [Fact]
    public void TranslatedHalves_AreInTheLeafletsLanguage_NeverAGermanFallback()
    {
        var wrong = new List<string>();
        foreach (var (language, slug, page) in Leaflets())
        {
            foreach (var half in page.QuerySelectorAll(".translated-part"))
            {
                if (half.GetAttribute("lang") != language) wrong.Add($"{language}/{slug}: {half.OuterHtml}");
            }
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} translated halves are not in the leaflet's language, e.g.:\n" + string.Join("\n", wrong.Take(8)));
    }

    [Fact]
    public void QrCodes_AreInline_SoALeafletIsOneFile_AndEachIsNamedForScreenReaders()
    {
        foreach (var (language, slug, page) in Leaflets())
        {
            Assert.Empty(page.QuerySelectorAll("img, link[rel=stylesheet], script[src], iframe, object"));
            var codes = page.QuerySelectorAll("svg.qr");
            Assert.Equal(page.QuerySelectorAll(".leaflet-offer").Length + 1, codes.Length);
            foreach (var code in codes)
            {
                Assert.Equal("img", code.GetAttribute("role"));
                Assert.False(string.IsNullOrWhiteSpace(code.GetAttribute("aria-label")), $"{language}/{slug}: a QR code has no label");
            }
        }
    }
}
