namespace Angebotsverzeichnis.Loading;

/// <summary>File paths in messages are relative to the working directory, as an editor's tools show them.</summary>
public static class DisplayPath
{
    public static string Of(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }
}
