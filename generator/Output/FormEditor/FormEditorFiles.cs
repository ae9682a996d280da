using Angebotsverzeichnis.Model;

namespace Angebotsverzeichnis.Output.FormEditor;

/// <summary>Writes the form editor under /admin/: its page and scripts from templates/admin/, the generated configuration, and the packages.</summary>
public static class FormEditorFiles
{
    public const string Folder = "admin";
    public const string TemplatesFolder = "admin";

    public static void Write(Site site, FormEditorSources package, SiteWriter writer)
    {
        foreach (var name in new[] { "index.html", "record-files.js", "record-text.js" })
        {
            writer.Copy(Path.Combine(package.TemplatesDirectory, name), $"{Folder}/{name}");
        }
        writer.Write($"{Folder}/config.json", FormEditorConfig.Write(site.Settings, site.Translations[site.Settings.SourceLanguage]));
        foreach (var name in package.DecapFiles())
        {
            writer.Copy(Path.Combine(package.DecapDirectory, name), $"{Folder}/{name}");
        }
        foreach (var path in Directory.EnumerateFiles(package.YamlDirectory, "*.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(package.YamlDirectory, path).Replace('\\', '/');
            writer.Copy(path, $"{Folder}/yaml/{relative}");
        }
        if (File.Exists(package.YamlLicence)) writer.Copy(package.YamlLicence, $"{Folder}/yaml/LICENSE");
    }
}
