namespace Angebotsverzeichnis.Tests.Support;

/// <summary>
/// A content folder of its own for one test: the real settings, translations and templates,
/// and only the records the test writes.
/// </summary>
public sealed class ScratchSite : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 25);
    private readonly TemporaryDirectory _directory = new();

    public ScratchSite(bool copyTranslations = true)
    {
        Directory.CreateDirectory(ContentDirectory);
        File.Copy(Path.Combine(RepositoryPaths.Content, "site.yaml"), Path.Combine(ContentDirectory, "site.yaml"));
        Directory.CreateDirectory(TranslationsDirectory);
        if (copyTranslations)
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.Translations, "*.yaml"))
                File.Copy(file, Path.Combine(TranslationsDirectory, Path.GetFileName(file)));
        }
    }

    public string ContentDirectory => _directory.Combine("content");

    public string TranslationsDirectory => _directory.Combine("translations");

    public string OutputDirectory => _directory.Combine("_site");

    public string WriteRecord(string kindFolder, string id, string yaml)
    {
        var folder = Path.Combine(ContentDirectory, kindFolder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, id + ".yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    public void WriteTranslation(string language, string yaml) =>
        File.WriteAllText(Path.Combine(TranslationsDirectory, language + ".yaml"), yaml);

    public BuildOptions Options => new()
    {
        ContentDirectory = ContentDirectory,
        TemplatesDirectory = RepositoryPaths.Templates,
        TranslationsDirectory = TranslationsDirectory,
        OutputDirectory = OutputDirectory,
        Today = Today,
    };

    public BuildResult Build() => BuildPipeline.Build(Options);

    /// <summary>A build that publishes (the build command without --preview) or one that only previews.</summary>
    public BuildResult Build(bool publishing) => BuildPipeline.Build(Options with { Publishing = publishing });

    public string ReadOutput(string sitePath) => File.ReadAllText(Path.Combine(OutputDirectory, sitePath));

    public void Dispose() => _directory.Dispose();
}
