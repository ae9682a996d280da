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

    /// <summary>Skips or fails (see <see cref="PdfRequirement"/>) without the tools; fails when the build failed.</summary>
    public void RequireBuilt()
    {
        PdfRequirement.Require(Missing);
        Assert.NotNull(Result);
        Assert.True(Result!.Succeeded, "The sample build with PDF leaflets failed:\n" + string.Join("\n", Result.Diagnostics.Sorted()));
    }

    public void Dispose() => _directory.Dispose();
}
