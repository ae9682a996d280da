namespace Angebotsverzeichnis.Output.FormEditor;

/// <summary>
/// What the form editor is made of: its page and scripts in templates/admin/, and the npm packages as `npm ci`
/// installs them (versions pinned in package-lock.json): Decap CMS's browser bundle and the browser build of the
/// yaml library that record-text.js reads files with.
/// </summary>
public sealed record FormEditorSources(string TemplatesDirectory, string DecapDirectory, string YamlDirectory, string YamlLicence)
{
    public static FormEditorSources? Find(string templatesDirectory, string nodeModules)
    {
        var decap = Path.Combine(nodeModules, "decap-cms", "dist");
        var yaml = Path.Combine(nodeModules, "yaml", "browser", "dist");
        if (!File.Exists(Path.Combine(decap, "decap-cms.js")) || !File.Exists(Path.Combine(yaml, "index.js"))) return null;
        return new FormEditorSources(Path.Combine(templatesDirectory, FormEditorFiles.TemplatesFolder), decap, yaml, Path.Combine(nodeModules, "yaml", "LICENSE"));
    }

    /// <summary>Decap's main script and the parts it loads on demand, without source maps and the second bundle (cms.js).</summary>
    public IEnumerable<string> DecapFiles() =>
        Directory.EnumerateFiles(DecapDirectory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name == "decap-cms.js" || name == "decap-cms.js.LICENSE.txt" || name.EndsWith(".decap-cms.js", StringComparison.Ordinal) || name.EndsWith(".wasm", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
