using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Rendering;

namespace Angebotsverzeichnis.Output;

/// <summary>
/// Sums up what each output is made from. Everything that all pages share (templates, translations, settings, the
/// data date) is one global hash; beyond it, a detail page depends on its record (and the organisation it names as
/// provider), a listing page on the records it shows in their order, the search page on the offer languages, the
/// about, not-found and teachers' pages on nothing more, and everything else on all records. When in
/// doubt an output depends on more, never less: a missed dependency would leave an outdated page behind.
/// </summary>
public sealed class OutputFingerprints(Site site, SiteRenderer renderer, string globalInputs, Func<Offer, string> recordHash)
{
    private readonly Lazy<string> _allOffers = new(() => Hash(w =>
    {
        w.Add(globalInputs);
        foreach (var offer in site.Offers) w.Add(offer.Id).Add(recordHash(offer));
    }));

    private readonly ConcurrentDictionary<IReadOnlyList<PlannedPage>, string> _pagePaths = new(ReferenceEqualityComparer.Instance);

    public string Global() => globalInputs;

    public string AllOffers() => _allOffers.Value;

    public string PagePaths(IReadOnlyList<PlannedPage> plan) => _pagePaths.GetOrAdd(plan, _ => Hash(w =>
    {
        w.Add(globalInputs);
        foreach (var page in plan) w.Add(page.Path).Add(page.InSitemap ? "1" : "0");
    }));

    public string Page(PlannedPage page, Language language) => Hash(w =>
    {
        w.Add(globalInputs).Add(language.Code).Add(page.Type.ToString()).Add(page.Path);
        switch (page.Type)
        {
            case PageType.OfferDetail:
                var offer = page.Offer!;
                w.Add(recordHash(offer));
                if (offer.Provider?.OrganisationId is { } id && site.OfferWithId(id) is { } organisation) w.Add(recordHash(organisation));
                break;
            case PageType.KindListing or PageType.TownListing or PageType.LanguageListing:
                w.Add(Number(page.PageNumber)).Add(Number(page.PageCount)).Add(Number(page.Offers.Count));
                foreach (var code in site.OfferLanguages) w.Add(code);
                foreach (var shown in renderer.Pages(language).PageSlice(page)) w.Add(shown.Id).Add(recordHash(shown));
                break;
            case PageType.Search:
                foreach (var code in site.OfferLanguages) w.Add(code);
                break;
            // These show settings, texts and the data date only.
            case PageType.About or PageType.NotFound or PageType.Leaflets or PageType.LeafletCollection:
                break;
            default:
                w.Add(AllOffers());
                break;
        }
    });

    /// <summary>The hash of every template, asset and translation file and the settings.</summary>
    public static string InputFiles(BuildOptions options) => Hash(w =>
    {
        foreach (var folder in new[] { options.TemplatesDirectory, options.TranslationsDirectory })
        {
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                w.Add(Path.GetRelativePath(folder, file)).Add(File.ReadAllBytes(file));
        }
        w.Add(File.ReadAllBytes(Path.Combine(options.ContentDirectory, Loading.Settings.SiteSettingsReader.FileName)));
    });

    /// <summary>The global inputs: the input files (see <see cref="InputFiles"/>), and the dates and switches of the build.</summary>
    public static string GlobalInputs(string inputFiles, Site site) => Hash(w =>
    {
        w.Add(inputFiles);
        w.Add(site.DataDate.ToString("O", CultureInfo.InvariantCulture)).Add(site.Today.ToString("O", CultureInfo.InvariantCulture));
        w.Add(site.PrintsLeafletPdfs ? "pdf" : "no pdf");
    });

    /// <summary>
    /// The hash of a record file's bytes: a record's output can only change when they do. Read piece by piece, so an
    /// oversized file (which the reader refuses) is never held in memory.
    /// </summary>
    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Hash(Action<HashWriter> write)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        write(new HashWriter(hash));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private readonly struct HashWriter(IncrementalHash hash)
    {
        public HashWriter Add(string value)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(value));
            hash.AppendData([0]);
            return this;
        }

        public HashWriter Add(byte[] value)
        {
            hash.AppendData(BitConverter.GetBytes(value.Length));
            hash.AppendData(value);
            return this;
        }
    }
}
