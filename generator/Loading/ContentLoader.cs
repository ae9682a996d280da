using System.IO.Enumeration;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Loading.Yaml;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Loading;

/// <summary>Reads settings, translations and every record file. Records are read in parallel; order is by path.</summary>
public static class ContentLoader
{
    public static ContentSet? Load(string contentDirectory, string translationsDirectory, DiagnosticList diagnostics)
    {
        var settings = SiteSettingsReader.Read(contentDirectory, diagnostics);
        if (settings is null) return null;

        var translations = new SortedDictionary<string, TranslationTable>(StringComparer.Ordinal);
        foreach (var language in settings.Languages)
        {
            var table = TranslationReader.Read(translationsDirectory, language.Code, diagnostics);
            if (table is not null) translations[language.Code] = table;
        }

        var files = FindRecordFiles(contentDirectory, diagnostics);
        var offers = new Offer?[files.Count];
        Parallel.For(0, files.Count, i => offers[i] = ReadRecord(files[i], settings.SourceLanguage, diagnostics));
        return new ContentSet(settings, translations, offers.OfType<Offer>().ToList(), files);
    }

    public static Offer? ReadRecord(RecordFile file, string sourceLanguage, DiagnosticList diagnostics)
    {
        var positions = new FieldPositions(SourcePosition.StartOf(file.DisplayPath));
        var context = new ReadContext(diagnostics, positions, sourceLanguage);
        var fields = FieldReader.ForFile(YamlFileReader.Read(file.FullPath, file.DisplayPath, diagnostics), context);
        return fields is null ? null : OfferReader.Read(fields, file.Id, file.Kind, context);
    }

    /// <summary>A symbolic link could make the build read (and publish) any file on the machine.</summary>
    private static bool LeavesFolder(string path, string contentDirectory)
    {
        FileSystemInfo entry = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        var target = entry.ResolveLinkTarget(returnFinalTarget: true);
        if (target is null) return false;
        var root = Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return !Path.GetFullPath(target.FullName).StartsWith(root, StringComparison.Ordinal);
    }

    /// <summary>Every file below a folder, by path, and whether it is a symbolic link, taken from the listing itself: no look at each file.</summary>
    private static IEnumerable<(string Path, bool IsLink)> FilesBelow(string directory) =>
        new FileSystemEnumerable<(string Path, bool IsLink)>(directory,
                (ref FileSystemEntry entry) => (entry.ToSpecifiedFullPath(), (entry.Attributes & FileAttributes.ReparsePoint) != 0),
                new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
            { ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory }
            .OrderBy(file => file.Path, StringComparer.Ordinal);

    public static List<RecordFile> FindRecordFiles(string contentDirectory, DiagnosticList diagnostics)
    {
        var files = new List<RecordFile>();
        foreach (var stray in Directory.EnumerateFiles(contentDirectory).Order(StringComparer.Ordinal)
                     .Where(f => Path.GetFileName(f) != SiteSettingsReader.FileName && Path.GetExtension(f) is ".yaml" or ".yml"))
        {
            diagnostics.Warning(SourcePosition.StartOf(DisplayPath.Of(stray)), ProblemCodes.FileOutsideKindFolder,
                $"Diese Datei liegt direkt im Inhaltsordner und wird nicht gelesen. Angebote gehören in einen der Ordner {string.Join(", ", OfferKinds.All.Select(k => k.Folder))}.",
                $"This file lies directly in the content folder and is not read. Offers belong in one of the folders {string.Join(", ", OfferKinds.All.Select(k => k.Folder))}.");
        }
        foreach (var directory in Directory.EnumerateDirectories(contentDirectory).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetFileName(directory);
            if (folder == AccessibilityStatement.MediaFolder) continue;
            var kind = OfferKinds.FromFolder(folder);
            if (kind is null)
            {
                diagnostics.Warning(SourcePosition.StartOf(DisplayPath.Of(directory)), ProblemCodes.FileOutsideKindFolder,
                    $"Der Ordner \"{folder}\" wird nicht gelesen. Angebote gehören in einen der Ordner {string.Join(", ", OfferKinds.All.Select(k => k.Folder))}.",
                    $"The folder \"{folder}\" is not read. Offers belong in one of the folders {string.Join(", ", OfferKinds.All.Select(k => k.Folder))}.");
                continue;
            }
            if (LeavesFolder(directory, contentDirectory))
            {
                diagnostics.Error(SourcePosition.StartOf(DisplayPath.Of(directory)), ProblemCodes.LinkOutsideContent,
                    $"Der Ordner \"{folder}\" ist eine Verknüpfung (Symlink) nach außerhalb des Inhaltsordners und wird nicht gelesen.",
                    $"The folder \"{folder}\" is a link (symlink) to outside the content folder and is not read.");
                continue;
            }
            foreach (var (path, isLink) in FilesBelow(directory))
            {
                var display = DisplayPath.Of(path);
                if (Path.GetDirectoryName(path) != directory || !path.EndsWith(".yaml", StringComparison.Ordinal))
                {
                    diagnostics.Warning(SourcePosition.StartOf(display), ProblemCodes.FileOutsideKindFolder,
                        $"Diese Datei wird nicht gelesen. Jedes Angebot ist eine Datei mit der Endung \".yaml\" direkt im Ordner \"{folder}\".",
                        $"This file is not read. Each offer is one file ending in \".yaml\", directly in the folder \"{folder}\".");
                    continue;
                }
                if (isLink && LeavesFolder(path, contentDirectory))
                {
                    diagnostics.Error(SourcePosition.StartOf(display), ProblemCodes.LinkOutsideContent,
                        "Diese Datei ist eine Verknüpfung (Symlink) auf eine Datei außerhalb des Inhaltsordners und wird nicht gelesen. Legen Sie den Datensatz als normale Datei an.",
                        "This file is a link (symlink) to a file outside the content folder and is not read. Create the record as an ordinary file.");
                    continue;
                }
                files.Add(new RecordFile(path, display, Path.GetFileNameWithoutExtension(path), kind));
            }
        }
        return files;
    }
}
