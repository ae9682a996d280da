namespace Angebotsverzeichnis.Tests.Support;

/// <summary>The repository's templates copied into a temporary folder with one of them changed, for tests of what templates may do.</summary>
public static class ChangedTemplates
{
    /// <summary>Copies the templates into <paramref name="templates"/> and changes the one named; returns its path.</summary>
    public static string Change(TemporaryDirectory templates, string name, Func<string, string> change)
    {
        templates.CopyFolder(RepositoryPaths.Templates, "");
        var path = Path.Combine(templates.Path, name);
        File.WriteAllText(path, change(File.ReadAllText(path)));
        return path;
    }
}
