using System.Text.RegularExpressions;
using Angebotsverzeichnis.Tests.Building;
using Angebotsverzeichnis.Tests.Browser;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.LegalPages;

/// <summary>
/// The pages a public body must publish (BITV 2.0 § 4 and § 7, § 5 DDG, § 18 MStV) exist in every language of the
/// sample site, are linked from every page, and say what content/site.yaml says.
/// </summary>
public partial class LegalPagesTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static readonly string[] LegalFolders = ["barrierefreiheit", "leichte-sprache", "gebaerdensprache", "impressum"];

    [Fact]
    public void EveryPageWithTheSiteLayout_LinksTheLegalPagesOfItsLanguage_InTheFooter()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
        var checkedPages = 0;
        foreach (var file in OutputFiles.Pages(site.Output))
        {
            var document = OutputFiles.Parse(file);
            // Leaflets are documents for print, without the site's layout; they carry their own contact.
            var path = OutputFiles.SitePath(site.Output, file);
            if (LeafletPath().IsMatch(path)) continue;
            var footer = document.QuerySelector("footer.site-footer");
            Assert.True(footer is not null, $"{path} has no footer");
            var language = document.DocumentElement.GetAttribute("lang")!;
            var hrefs = footer!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
            foreach (var folder in LegalFolders)
            {
                Assert.True(hrefs.Contains($"/{language}/{folder}/"), $"{path} does not link /{language}/{folder}/ in its footer");
            }
            checkedPages++;
        }
        Assert.True(checkedPages > 500, $"only {checkedPages} pages checked");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void LegalPages_ExistInEveryLanguage_InThatLanguage(string language)
    {
        foreach (var folder in LegalFolders)
        {
            var document = OutputFiles.Parse(Path.Combine(site.Output, language, folder, "index.html"));
            Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
            var heading = document.QuerySelector("main h1")!;
            // The heading is the page language's own, not German marked as a fallback.
            Assert.Null(heading.QuerySelector("[lang]"));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Imprint_ShowsThePublisherFromSiteSettings(string language)
    {
        var main = Main(language, "impressum");
        foreach (var expected in new[] { "Ennepe-Ruhr-Kreis", "Hauptstraße 92", "58332 Schwelm", "Den Landrat des Ennepe-Ruhr-Kreises",
                     "Leitung des Kommunalen Integrationszentrums", "info@en-kreis.example.org" })
        {
            Assert.Contains(expected, main.TextContent);
        }
        Assert.DoesNotContain("einsetzen", main.TextContent);
        Assert.NotNull(main.QuerySelector("a[href='mailto:info@en-kreis.example.org']"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void AccessibilityStatement_HasReviewDate_FeedbackForm_AndEnforcementBody(string language)
    {
        var main = Main(language, "barrierefreiheit");
        Assert.NotNull(main.QuerySelector("time[datetime='2026-12-03']"));
        var form = main.QuerySelector("form.feedback-form")!;
        Assert.Equal("mailto:barrierefreiheit@ki-en.example.org", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        // A mailto: form fills an e-mail's subject and body from fields of these names, with no script.
        Assert.False(string.IsNullOrWhiteSpace(form.QuerySelector("input[type=hidden][name=subject]")!.GetAttribute("value")));
        Assert.NotNull(form.QuerySelector("textarea[name=body]"));
        var label = form.QuerySelector("label[for=feedback-body]");
        Assert.NotNull(label);
        Assert.NotNull(main.QuerySelector("a[href='tel:+4923360000100']"));
        Assert.Contains("Ombudsstelle für barrierefreie Informationstechnik", main.TextContent);
        Assert.Contains("Fürstenwall 25", main.TextContent);
        Assert.NotNull(main.QuerySelector("a[href='mailto:ombudsstelle-barrierefreie-it@mags.nrw.de']"));
        // What is not yet accessible: the sample has no sign-language video, and the statement says so.
        var limitations = main.QuerySelectorAll(".statement-list li").ToList();
        Assert.True(limitations.Count >= 5);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void SignLanguagePage_SaysHonestly_ThatThereIsNoVideoYet(string language)
    {
        var main = Main(language, "gebaerdensprache");
        Assert.Null(main.QuerySelector("video"));
        Assert.NotNull(main.QuerySelector(".notice"));
        Assert.NotNull(main.QuerySelector($"a[href='/{language}/leichte-sprache/']"));
        Assert.Contains(site.Result.Diagnostics.Sorted(), d => d.Code == "AV807" && d.Severity == Diagnostics.Severity.Warning);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EasyLanguagePage_IsGermanLeichteSprache_MarkedAsGerman_InEveryLanguage(string language)
    {
        var main = Main(language, "leichte-sprache");
        var text = main.QuerySelector(".easy-language")!;
        Assert.Equal("de", text.GetAttribute("lang"));
        Assert.Equal("ltr", text.GetAttribute("dir"));
        Assert.True(text.QuerySelectorAll("h2").Length >= 5);
        Assert.NotNull(text.QuerySelector($"a[href='/{language}/barrierefreiheit/']"));
        if (language != "de")
        {
            var note = main.QuerySelector(".notice")!;
            Assert.Null(note.QuerySelector("[lang]"));
        }
    }

    /// <summary>
    /// The rules of Leichte Sprache that a machine can check: short sentences (at most 12 words), one line each,
    /// no genitive articles, and long compound words split with a middle dot.
    /// </summary>
    [Fact]
    public void EasyLanguageText_FollowsTheCheckableRulesOfLeichteSprache()
    {
        var lines = OutputFiles.Parse(Path.Combine(site.Output, "de", "leichte-sprache", "index.html"))
            .QuerySelectorAll(".easy-language :is(p, li, h2)").Where(e => e.Closest(".contact-card") is null)
            .Select(e => e.TextContent.Trim()).ToList();
        Assert.True(lines.Count > 40);
        foreach (var line in lines)
        {
            foreach (var sentence in SentenceEnd().Split(line).Where(s => s.Length > 0))
            {
                Assert.True(sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12, $"sentence too long: {sentence}");
            }
            Assert.DoesNotMatch(Genitive(), line);
            foreach (var word in Word().Matches(line).Select(m => m.Value))
            {
                Assert.True(word.Length <= 14, $"long word without a middle dot: {word} in \"{line}\"");
            }
        }
    }

    public static TheoryData<string> Languages => new(SitePages.Languages);

    private AngleSharp.Dom.IElement Main(string language, string folder) =>
        OutputFiles.Parse(Path.Combine(site.Output, language, folder, "index.html")).QuerySelector("main")!;

    [GeneratedRegex(@"^/[a-z]{2,3}/merkblatt/[^/]+/index\.html$")]
    private static partial Regex LeafletPath();

    [GeneratedRegex(@"(?<=[.?!:])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(des|eines|dieses)\b")]
    private static partial Regex Genitive();

    /// <summary>A word of letters, not counting parts joined by "·" or "-" (names such as Ennepe-Ruhr-Kreis are split there).</summary>
    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
