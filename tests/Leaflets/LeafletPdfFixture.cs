using System.Collections.Concurrent;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Model.Leaflets;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Leaflets;

/// <summary>
/// The repository's sample content built once, with the leaflets printed as PDF files, into a temporary folder;
/// with the site model and leaflet plan the tests take their expectations from. Without Chromium or poppler
/// nothing is built and <see cref="Missing"/> says why.
/// </summary>
public sealed class LeafletPdfFixture : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public LeafletPdfFixture()
    {
        Missing = PdfRequirement.Missing();
        Options = new BuildOptions
        {
            ContentDirectory = RepositoryPaths.Content,
            TemplatesDirectory = RepositoryPaths.Templates,
            TranslationsDirectory = RepositoryPaths.Translations,
            OutputDirectory = _directory.Combine("_site"),
            Today = ScratchSite.Today,
            LeafletPdfs = LeafletPdfs.On,
        };
        var content = ContentLoader.Load(Options.ContentDirectory, Options.TranslationsDirectory, new DiagnosticList())!;
        Site = SiteBuilder.Build(content, Options.Today, Options.DataDate);
        Leaflets = LeafletPlanner.Plan(Site);
        if (Missing.Count == 0) Result = BuildPipeline.Build(Options);
    }

    public IReadOnlyList<string> Missing { get; }

    public BuildOptions Options { get; }

    public BuildResult? Result { get; }

    public Site Site { get; }

    public IReadOnlyList<Leaflet> Leaflets { get; }

    public string Output => Options.OutputDirectory;

    public const string BaseUrl = "https://angebote.example.org/";

    public Leaflet Leaflet(string slug) => Leaflets.Single(l => l.Slug == slug);

    public string Pdf(string language, string slug) => Path.Combine(Output, language, "merkblatt", slug, "merkblatt.pdf");

    public string Html(string language, string slug) => Path.Combine(Output, language, "merkblatt", slug, "index.html");

    private readonly ConcurrentDictionary<string, Lazy<PdfTools.Info>> _infos = new();
    private readonly ConcurrentDictionary<string, Lazy<string>> _texts = new();

    /// <summary>pdfinfo's page count and size of a leaflet, read once.</summary>
    public PdfTools.Info Info(string language, string slug) =>
        _infos.GetOrAdd($"{language}/{slug}", _ => new Lazy<PdfTools.Info>(() => PdfTools.ReadInfo(Pdf(language, slug)))).Value;

    /// <summary>The text of a leaflet as pdftotext gives it (column by column, see <see cref="PdfTools.ColumnText"/>), read once.</summary>
    public string Text(string language, string slug) =>
        _texts.GetOrAdd($"{language}/{slug}", _ => new Lazy<string>(() => PdfTools.ColumnText(Pdf(language, slug), Info(language, slug)))).Value;

    /// <summary>Skips or fails (see <see cref="PdfRequirement"/>) without the tools; fails when the build failed.</summary>
    public void RequireBuilt()
    {
        PdfRequirement.Require(Missing);
        Assert.NotNull(Result);
        Assert.True(Result!.Succeeded, "The sample build with PDF leaflets failed:\n" + string.Join("\n", Result.Diagnostics.Sorted()));
    }

    public void Dispose() => _directory.Dispose();
}
