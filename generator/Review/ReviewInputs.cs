namespace Angebotsverzeichnis.Review;

/// <summary>One state of the repository a review compares: its content, and the translations and templates beside it.</summary>
public sealed record ReviewInputs(string ContentDirectory, string TranslationsDirectory, string TemplatesDirectory)
{
    /// <summary>A content folder with the translations and templates of the same checkout where they stand beside it, else those of the working directory.</summary>
    public static ReviewInputs FromContentFolder(string contentDirectory)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(contentDirectory))!;
        string Beside(string folder) => Directory.Exists(Path.Combine(root, folder)) ? Path.Combine(root, folder) : folder;
        return new ReviewInputs(contentDirectory, Beside("translations"), Beside("templates"));
    }

    public BuildOptions BuildOptions(DateOnly today) => new()
    {
        ContentDirectory = ContentDirectory,
        TranslationsDirectory = TranslationsDirectory,
        TemplatesDirectory = TemplatesDirectory,
        Today = today,
        DataDate = today,
    };
}
