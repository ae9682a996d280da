using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Building;

/// <summary>The repository's sample content, built once into a temporary folder for all tests of the class.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public SampleSiteFixture()
    {
        Options = new BuildOptions
        {
            ContentDirectory = RepositoryPaths.Content,
            TemplatesDirectory = RepositoryPaths.Templates,
            TranslationsDirectory = RepositoryPaths.Translations,
            OutputDirectory = _directory.Combine("_site"),
            Today = ScratchSite.Today,
            // As the build command publishes: the sample content must be fit to go online.
            Publishing = true,
        };
        Result = BuildPipeline.Build(Options);
        Content = ContentLoader.Load(Options.ContentDirectory, Options.TranslationsDirectory, new DiagnosticList())!;
    }

    public BuildOptions Options { get; }

    public BuildResult Result { get; }

    public ContentSet Content { get; }

    public string Output => Options.OutputDirectory;

    public const string BaseUrl = "https://angebote.example.org/";

    public void Dispose() => _directory.Dispose();
}
