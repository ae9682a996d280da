using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Output;
using Angebotsverzeichnis.Rendering;
using Angebotsverzeichnis.Validation;

namespace Angebotsverzeichnis.Incremental;

/// <summary>
/// What every page shares, read once and kept until one of its files changes: the settings, the translations, the
/// parsed templates and assets, the problems found in them, and the hash of all their bytes.
/// </summary>
public sealed record SharedInputs(
    string Stamp,
    SiteSettings? Settings,
    IReadOnlyDictionary<string, TranslationTable> Translations,
    TemplateSet? Templates,
    AssetManifest? Assets,
    IReadOnlyList<Diagnostic> Problems,
    IReadOnlyDictionary<string, IReadOnlyList<string>> MissingTranslations,
    string FilesHash)
{
    public static SharedInputs Read(BuildOptions options, string stamp)
    {
        var problems = new DiagnosticList();
        var settings = SiteSettingsReader.Read(options.ContentDirectory, problems);
        var translations = new SortedDictionary<string, TranslationTable>(StringComparer.Ordinal);
        foreach (var language in settings?.Languages ?? [])
        {
            if (TranslationReader.Read(options.TranslationsDirectory, language.Code, problems) is { } table) translations[language.Code] = table;
        }
        var templates = TemplateSet.Load(options.TemplatesDirectory, problems);
        IReadOnlyDictionary<string, IReadOnlyList<string>> missing = new Dictionary<string, IReadOnlyList<string>>();
        if (settings is not null)
        {
            missing = TranslationChecker.MissingKeys(new Loading.ContentSet(settings, translations, [], []), options.TranslationsDirectory, problems);
        }
        var assets = settings is null ? null : new AssetManifest(options.TemplatesDirectory, new SiteLinks(settings));
        return new SharedInputs(stamp, settings, translations, templates, assets, problems.Sorted(), missing, OutputFingerprints.InputFiles(options));
    }

    /// <summary>Names, sizes and times of change of the shared files: when it is the same, nothing needs reading.</summary>
    public static string StampOf(BuildOptions options)
    {
        var files = Files(options.TemplatesDirectory).Concat(Files(options.TranslationsDirectory))
            .Append(Path.Combine(options.ContentDirectory, SiteSettingsReader.FileName));
        return string.Join("\n", files.Select(f => new FileInfo(f)).Select(f => f.Exists ? $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}" : f.FullName));
    }

    private static IEnumerable<string> Files(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : [];
}
