using System.Collections.Concurrent;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Leaflets;

/// <summary>
/// The printed leaflets of the sample content: at most two A4 pages, the listed offers' names as real text (also
/// Arabic and Persian, which must be shaped with a proper font to come out as Unicode), and QR codes that lead
/// to the right pages. Needs Chromium and poppler; see <see cref="PdfRequirement"/> for the skip rule.
/// </summary>
public class LeafletPdfTests(LeafletPdfFixture site) : IClassFixture<LeafletPdfFixture>
{
    /// <summary>The languages whose leaflets are read in full: the source, both right-to-left languages and Turkish.</summary>
    public static readonly string[] TextLanguages = ["de", "ar", "fa", "tr"];

    private IEnumerable<string> Languages => site.Site.Languages.Select(l => l.Code);

    private IEnumerable<string> Slugs => site.Leaflets.Select(l => l.Slug);

    [SkippableFact]
    public void EveryLeaflet_IsPrinted_InEveryLanguage_OnAtMostTwoA4Pages()
    {
        site.RequireBuilt();
        Assert.Equal(10, site.Leaflets.Count); // nine towns and the district
        var problems = new ConcurrentBag<string>();
        Parallel.ForEach(Languages.SelectMany(l => Slugs.Select(s => (Language: l, Slug: s))), item =>
        {
            var pdf = site.Pdf(item.Language, item.Slug);
            if (!File.Exists(pdf))
            {
                problems.Add($"{item.Language}/{item.Slug}: no PDF");
                return;
            }
            var info = site.Info(item.Language, item.Slug);
            if (info.Pages is < 1 or > 2) problems.Add($"{item.Language}/{item.Slug}: {info.Pages} pages");
            if (Math.Abs(info.WidthPoints - 595.3) > 2 || Math.Abs(info.HeightPoints - 841.9) > 2)
                problems.Add($"{item.Language}/{item.Slug}: page size {info.WidthPoints} x {info.HeightPoints} pt is not A4");
        });
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Order(StringComparer.Ordinal)));
    }

    [SkippableFact]
    public void LeafletHtml_ListsThePlannedOffers_WithTheirNamesFromTheRecords()
    {
        site.RequireBuilt();
        foreach (var language in TextLanguages.Concat(["uk"]))
        {
            foreach (var leaflet in site.Leaflets)
            {
                var expected = LeafletExpectations.Names(leaflet, language).Select(n => (n.German, n.Translated)).ToList();
                var shown = LeafletExpectations.NamesInHtml(OutputFiles.Parse(site.Html(language, leaflet.Slug)));
                Assert.True(expected.SequenceEqual(shown),
                    $"{language}/{leaflet.Slug}: HTML shows [{string.Join(" | ", shown)}], the plan says [{string.Join(" | ", expected)}]");
            }
        }
    }

    [SkippableFact]
    public void PdfText_ContainsTheGermanAndTranslatedNames_OfEveryListedOffer()
    {
        site.RequireBuilt();
        var problems = new ConcurrentBag<string>();
        var translatedChecked = new ConcurrentDictionary<string, int>();
        Parallel.ForEach(TextLanguages.SelectMany(l => site.Leaflets.Select(leaflet => (Language: l, Leaflet: leaflet))), item =>
        {
            var text = PdfText.Normalise(PdfText.Logical(site.Text(item.Language, item.Leaflet.Slug)));
            foreach (var (offer, german, translated) in LeafletExpectations.Names(item.Leaflet, item.Language))
            {
                if (!text.Contains(PdfText.Normalise(german), StringComparison.Ordinal))
                    problems.Add($"{item.Language}/{item.Leaflet.Slug}: German name of {offer.Id} missing: \"{german}\"");
                if (translated is null) continue;
                translatedChecked.AddOrUpdate(item.Language, 1, (_, n) => n + 1);
                if (!text.Contains(PdfText.Normalise(translated), StringComparison.Ordinal))
                    problems.Add($"{item.Language}/{item.Leaflet.Slug}: {item.Language} name of {offer.Id} missing: \"{translated}\"");
            }
        });
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Order(StringComparer.Ordinal)));
        // The sample has translated names in each of these languages; checking none would prove nothing.
        foreach (var language in TextLanguages.Where(l => l != LeafletExpectations.Source))
            Assert.True(translatedChecked.GetValueOrDefault(language) > 0, $"no {language} name on any {language} leaflet to check");
    }

    [SkippableTheory]
    [InlineData("ar")]
    [InlineData("fa")]
    public void RightToLeftLeaflets_HaveShapedArabicScriptText(string language)
    {
        site.RequireBuilt();
        var checkedNames = 0;
        foreach (var leaflet in site.Leaflets)
        {
            var raw = site.Text(language, leaflet.Slug);
            Assert.False(PdfText.HasPresentationForms(raw), $"{language}/{leaflet.Slug}: text has Arabic presentation forms instead of letters");
            Assert.DoesNotContain('\uFFFD', raw);
            var text = PdfText.Normalise(PdfText.Logical(raw));
            foreach (var (offer, _, translated) in LeafletExpectations.Names(leaflet, language))
            {
                if (translated is null || !PdfText.HasArabicLetters(translated)) continue;
                checkedNames++;
                Assert.True(text.Contains(PdfText.Normalise(translated), StringComparison.Ordinal),
                    $"{language}/{leaflet.Slug}: the {language} name of {offer.Id} is not in the PDF as Unicode text: \"{translated}\"");
            }
        }
        Assert.True(checkedNames >= 5, $"only {checkedNames} {language} names on the {language} leaflets");
        // The comparison is not vacuous: the German leaflets, which have no translated halves, have no Arabic letters.
        Assert.All(site.Leaflets, leaflet => Assert.False(PdfText.HasArabicLetters(site.Text(LeafletExpectations.Source, leaflet.Slug)),
            $"de/{leaflet.Slug} has Arabic-script text"));
    }

    [SkippableTheory]
    [InlineData("de", "witten")]
    [InlineData("ar", "witten")]
    [InlineData("uk", "witten")]
    [InlineData("fa", "kreis")]
    public void QrCodes_DecodeToTheListedOffersPages_AndTheTownPage(string language, string slug)
    {
        site.RequireBuilt();
        const int dpi = 200;
        var largestCode = (int)Math.Ceiling(24 / 25.4 * dpi); // the footer's code is 22 mm wide
        var pages = PdfTools.Rasterise(site.Pdf(language, slug), dpi);
        var decoded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages) decoded.UnionWith(QrScanner.Decode(page, largestCode));

        var expected = LeafletExpectations.QrUrls(site.Leaflet(slug), language, LeafletPdfFixture.BaseUrl);
        Assert.True(expected.SetEquals(decoded),
            $"{language}/{slug}: missing [{string.Join(", ", expected.Except(decoded).Order())}], " +
            $"unexpected [{string.Join(", ", decoded.Except(expected).Order())}]");
    }
}
