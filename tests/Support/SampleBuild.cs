namespace Angebotsverzeichnis.Tests.Support;

/// <summary>Build options for the repository's own content, templates and translations, on the tests' fixed day.</summary>
public static class SampleBuild
{
    public static BuildOptions Into(string outputDirectory) => new()
    {
        ContentDirectory = RepositoryPaths.Content,
        TemplatesDirectory = RepositoryPaths.Templates,
        TranslationsDirectory = RepositoryPaths.Translations,
        OutputDirectory = outputDirectory,
        Today = ScratchSite.Today,
    };
}
