using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Loading.Import;

public enum ImportFormat
{
    JsonLines,
    Csv,
}

/// <param name="Imported">Record files written.</param>
/// <param name="New">Of those, files that did not exist before.</param>
/// <param name="Replaced">Of those, files that existed and were overwritten (an import is a refresh).</param>
/// <param name="Skipped">Records of the input not imported because of problems of the input itself.</param>
public sealed record ImportResult(int Imported, int New, int Replaced, int Skipped);

/// <summary>
/// Imports offers kept elsewhere (JSON Lines or CSV) as record files: one file per record at
/// content/&lt;art&gt;/&lt;id&gt;.yaml, overwriting a file with the same id. Problems of the input file are reported
/// at their place in it and those records are skipped; values are left to the validator.
/// </summary>
public static class OfferImporter
{
    /// <summary>The format by the file's extension: .jsonl, .ndjson and .json are JSON (Lines), .csv is CSV.</summary>
    public static ImportFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" or ".json" => ImportFormat.JsonLines,
        ".csv" => ImportFormat.Csv,
        _ => null,
    };

    /// <returns>null when the content folder's settings cannot be read (reported); nothing is written then.</returns>
    public static ImportResult? Import(string inputPath, ImportFormat format, string contentDirectory, DiagnosticList diagnostics)
    {
        var settings = SiteSettingsReader.Read(contentDirectory, diagnostics);
        if (settings is null) return null;
        var display = DisplayPath.Of(inputPath);
        var languages = settings.Languages.Select(l => l.Code).ToList();
        IOfferReader reader = format == ImportFormat.Csv
            ? new CsvOfferReader(inputPath, display, languages, diagnostics)
            : new JsonLinesOfferReader(inputPath, display, settings.SourceLanguage, diagnostics);

        var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        int imported = 0, added = 0, replaced = 0, skipped = 0;
        foreach (var offer in reader.Read())
        {
            if (seen.TryGetValue(offer.Id, out var first))
            {
                diagnostics.Error(offer.Origin, ProblemCodes.ImportDuplicateId,
                    $"Die Kennung \"{offer.Id}\" kam in dieser Datei schon vor (Zeile {first.Line}). Jede Kennung darf nur einmal vorkommen; dieses Angebot wird nicht importiert.",
                    $"The id \"{offer.Id}\" already appeared in this file (line {first.Line}). Each id may be used only once; this offer is not imported.");
                skipped++;
                continue;
            }
            seen[offer.Id] = offer.Origin;
            if (!HasOnlyAllowedCharacters(offer, diagnostics))
            {
                skipped++;
                continue;
            }
            ImportDefaults.Apply(offer);
            var folder = Path.Combine(contentDirectory, offer.Kind.Folder);
            if (folders.Add(folder)) Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, offer.Id + ".yaml");
            if (File.Exists(path)) replaced++;
            else added++;
            File.WriteAllText(path, RecordWriter.Write(offer, languages));
            imported++;
        }
        return new ImportResult(imported, added, replaced, skipped + reader.Skipped);
    }

    /// <summary>Control characters are refused in record files (they corrupt pages and exports), so they are refused here already.</summary>
    private static bool HasOnlyAllowedCharacters(ImportedOffer offer, DiagnosticList diagnostics)
    {
        foreach (var (path, text, position) in offer.Values.Texts())
        {
            if (ImportValues.ForbiddenCharacter(text) is not { } found) continue;
            diagnostics.Error(position, ProblemCodes.ImportControlCharacter,
                $"Im Wert von \"{path}\" steht ein unsichtbares Steuerzeichen (U+{(int)found.Character:X4}) an Stelle {found.Index + 1}. Entfernen Sie es in der Quelle; das Angebot wird nicht importiert.",
                $"The value of \"{path}\" contains an invisible control character (U+{(int)found.Character:X4}) at position {found.Index + 1}. Remove it at the source; the offer is not imported.");
            return false;
        }
        return true;
    }
}
