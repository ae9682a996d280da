using System.Text;
using System.Text.RegularExpressions;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Validation;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Loading.Import;

/// <summary>
/// Reads offers from a CSV file as spreadsheets export it (UTF-8, byte order mark allowed, semicolon, comma or tab)
/// and as the site's own angebote.csv is written (<see cref="CsvDialect"/>: lists with "|", formulas guarded by an
/// apostrophe, which is removed): a header line with the column names of <see cref="CsvColumns"/>, then one offer per
/// line; empty cells count as absent. A header that names an unknown column stops the import of the file (its values
/// would be lost); a row with the wrong number of cells, broken quoting, no id or an unknown kind is reported and skipped.
/// </summary>
public sealed partial class CsvOfferReader(string path, string displayPath, IReadOnlyList<string> languages, DiagnosticList diagnostics)
    : IOfferReader
{
    public int Skipped { get; private set; }

    public IEnumerable<ImportedOffer> Read()
    {
        var text = Decode(File.ReadAllBytes(path));
        if (text is null) yield break;
        _separator = CsvParser.DetectSeparator(text);
        using var rows = CsvParser.Rows(text, _separator).GetEnumerator();
        CsvRow? header = null;
        while (rows.MoveNext())
        {
            if (rows.Current.IsBlank) continue;
            header = rows.Current;
            break;
        }
        if (header is null) yield break;
        var columns = ReadHeader(header);
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.IsBlank) continue;
            var offer = columns is null ? null : ReadRow(row, columns, header.Cells.Count);
            if (offer is null) Skipped++;
            else yield return offer;
        }
    }

    /// <summary>The column of each header cell (null for a header cell left empty), or null when the header is unusable.</summary>
    private IReadOnlyList<CsvColumn?>? ReadHeader(CsvRow header)
    {
        if (header.QuotingError is { } quoting)
        {
            QuotingProblem(quoting);
            return null;
        }
        var known = CsvColumns.For(languages);
        var byName = known.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var allNames = new List<string> { CsvColumns.Id, CsvColumns.Kind };
        allNames.AddRange(known.Select(c => c.Name));
        var columns = new List<CsvColumn?>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var usable = true;
        foreach (var cell in header.Cells)
        {
            var name = cell.Text.Trim().ToLowerInvariant();
            var at = new SourcePosition(displayPath, cell.Line, cell.Column);
            if (name.Length > 0 && !seen.Add(name))
            {
                diagnostics.Error(at, ProblemCodes.ImportDuplicateField,
                    $"Die Spalte \"{name}\" steht zweimal in der Kopfzeile. Löschen oder benennen Sie eine der beiden um; die Datei wird nicht importiert.",
                    $"The column \"{name}\" appears twice in the header. Delete or rename one of them; the file is not imported.");
                usable = false;
            }
            if (name.Length == 0 || name is CsvColumns.Id or CsvColumns.Kind)
            {
                columns.Add(null);
                continue;
            }
            if (CsvColumns.IsPageAddress(name, languages))
            {
                // The addresses of the offer's pages in angebote.csv: the generator makes them, so nothing is lost.
                _pageAddresses.Add(columns.Count);
                columns.Add(null);
                continue;
            }
            if (byName.TryGetValue(name, out var column))
            {
                columns.Add(column);
                continue;
            }
            diagnostics.Error(at, ProblemCodes.ImportUnknownField,
                $"Die Spalte \"{cell.Text.Trim()}\" gibt es nicht. {Suggestions.Hint(name, allNames)} Benennen Sie die Spalte um oder löschen Sie sie; die Datei wird nicht importiert, damit keine Werte verloren gehen.",
                $"There is no column \"{cell.Text.Trim()}\". {Suggestions.EnglishHint(name, allNames)} Rename or delete the column; the file is not imported, so that no values are lost.");
            usable = false;
        }
        foreach (var (required, code) in new[] { (CsvColumns.Id, ProblemCodes.ImportMissingId), (CsvColumns.Kind, ProblemCodes.ImportUnknownKind) })
        {
            if (seen.Contains(required)) continue;
            var first = header.Cells[0];
            diagnostics.Error(new SourcePosition(displayPath, first.Line, first.Column), code,
                $"In der Kopfzeile fehlt die Spalte \"{required}\". Jede Datei braucht die Spalten \"id\" (Kennung, zugleich Dateiname) und \"art\" ({string.Join(", ", OfferKinds.All.Select(k => k.Folder))}); die Datei wird nicht importiert.",
                $"The header has no column \"{required}\". Every file needs the columns \"id\" (the id, also the file name) and \"art\" ({string.Join(", ", OfferKinds.All.Select(k => k.Folder))}); the file is not imported.");
            usable = false;
        }
        if (!usable) return null;
        _idColumn = header.Cells.ToList().FindIndex(c => c.Text.Trim().ToLowerInvariant() == CsvColumns.Id);
        _kindColumn = header.Cells.ToList().FindIndex(c => c.Text.Trim().ToLowerInvariant() == CsvColumns.Kind);
        return columns;
    }

    private char _separator;
    private int _idColumn;
    private int _kindColumn;
    private readonly HashSet<int> _pageAddresses = [];

    private ImportedOffer? ReadRow(CsvRow row, IReadOnlyList<CsvColumn?> columns, int expected)
    {
        if (row.QuotingError is { } quoting)
        {
            QuotingProblem(quoting);
            return null;
        }
        if (row.Cells.Count != expected)
        {
            diagnostics.Error(new SourcePosition(displayPath, row.Line, 1), ProblemCodes.ImportColumnCount,
                $"Diese Zeile hat {row.Cells.Count} Zellen, die Kopfzeile aber {expected}. Meist fehlt ein Trennzeichen oder ein Text mit {SeparatorName()} steht nicht in Anführungszeichen. Die Zeile wird übersprungen.",
                $"This row has {row.Cells.Count} cells, but the header has {expected}. Usually a separator is missing, or a text containing a separator is not in quotation marks. The row is skipped.");
            return null;
        }
        var idCell = row.Cells[_idColumn];
        var kindCell = row.Cells[_kindColumn];
        var id = idCell.Text.Trim();
        if (id.Length == 0)
        {
            Error(idCell, ProblemCodes.ImportMissingId,
                "In dieser Zeile fehlt die Kennung (Spalte \"id\"), zum Beispiel \"vhs-witten-integrationskurs-a1\"; sie wird der Dateiname. Die Zeile wird übersprungen.",
                "This row has no id (column \"id\"), for example \"vhs-witten-integrationskurs-a1\"; it becomes the file name. The row is skipped.");
            return null;
        }
        if (!ContactFormats.IsSlug(id))
        {
            Error(idCell, ProblemCodes.ImportBadId,
                $"Die Kennung \"{id}\" ist nicht erlaubt: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, höchstens 80 Zeichen, zum Beispiel \"{ContentValidator.SuggestSlug(id)}\". Die Zeile wird übersprungen.",
                $"The id \"{id}\" is not allowed: only lower-case letters a–z, digits and single hyphens, at most 80 characters, for example \"{ContentValidator.SuggestSlug(id)}\". The row is skipped.");
            return null;
        }
        var kind = ImportKinds.Parse(kindCell.Text);
        if (kind is null)
        {
            var folders = OfferKinds.All.Select(k => k.Folder).ToList();
            var written = kindCell.Text.Trim();
            Error(kindCell, ProblemCodes.ImportUnknownKind,
                written.Length == 0
                    ? $"In dieser Zeile fehlt die Art (Spalte \"art\"): eine von {string.Join(", ", folders)}. Die Zeile wird übersprungen."
                    : $"\"{written}\" ist keine Art von Angebot. {Suggestions.Hint(written, folders)} Die Zeile wird übersprungen.",
                written.Length == 0
                    ? $"This row has no kind (column \"art\"): one of {string.Join(", ", folders)}. The row is skipped."
                    : $"\"{written}\" is not a kind of offer. {Suggestions.EnglishHint(written, folders)} The row is skipped.");
            return null;
        }

        var offer = new ImportedOffer(id, kind, new SourcePosition(displayPath, row.Line, 1));
        var failed = false;
        var texts = new Dictionary<string, (RecordValues Target, string Name, List<KeyValuePair<string, string>> Texts, SourcePosition At)>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = row.Cells[i];
            if (cell.Text.Trim().Length == 0) continue;
            var value = CsvDialect.RemoveFormulaGuard(cell.Text);
            var column = columns[i];
            if (column is null)
            {
                if (i == _idColumn || i == _kindColumn || _pageAddresses.Contains(i)) continue;
                failed |= Error(cell, ProblemCodes.ImportUnknownField,
                    "In dieser Spalte steht ein Wert, aber die Spalte hat keine Überschrift. Ergänzen Sie die Überschrift oder leeren Sie die Zelle. Die Zeile wird übersprungen.",
                    "This column has a value but no header. Add the header or empty the cell. The row is skipped.");
                continue;
            }
            if (!column.AppliesTo(kind))
            {
                failed |= Error(cell, ProblemCodes.ImportFieldNotForKind,
                    $"Die Spalte \"{column.Name}\" gilt nur für {string.Join(", ", column.Kinds!.Select(k => k.Folder))}, dieses Angebot ist aber {kind.Folder}. Leeren Sie die Zelle oder prüfen Sie die Spalte \"art\". Die Zeile wird übersprungen.",
                    $"The column \"{column.Name}\" applies only to {string.Join(", ", column.Kinds!.Select(k => k.Folder))}, but this offer is {kind.Folder}. Empty the cell or check the column \"art\". The row is skipped.");
                continue;
            }
            var at = new SourcePosition(displayPath, cell.Line, cell.Column);
            var target = offer.Values;
            foreach (var block in column.Path.SkipLast(1)) target = target.Block(block.Name, at)!;
            var field = column.Field;
            switch (field.Type)
            {
                case FieldType.LocalizedText or FieldType.LocalizedMarkdown:
                    if (ImportValues.Text(value) is not { } text) break;
                    var key = string.Join('.', column.Path.Select(p => p.Name));
                    if (!texts.TryGetValue(key, out var entry)) texts[key] = entry = (target, field.Name, [], at);
                    entry.Texts.Add(new(column.Language!, text));
                    break;
                case FieldType.LanguageCodes or FieldType.ListValues:
                    Set(target, field.Name, ImportValues.List(ListSeparators().Split(value)), at);
                    break;
                case FieldType.Towns:
                    Set(target, field.Name, ImportValues.List(TownSeparators().Split(value)), at);
                    break;
                case FieldType.BlockList:
                    var times = Times(value, at);
                    if (times is null) failed = true;
                    else Set(target, field.Name, times, at);
                    break;
                default:
                    var single = ImportValues.Single(value)!;
                    Set(target, field.Name, field.Type switch
                    {
                        FieldType.YesNo => ImportValues.YesNo(single),
                        FieldType.Date => ImportValues.Date(single),
                        FieldType.Number => ImportValues.Number(single),
                        FieldType.Time => Time(single),
                        _ => single,
                    }, at);
                    break;
            }
        }
        foreach (var (target, name, list, at) in texts.Values)
            Set(target, name, new LocalizedValues(list), at);
        offer.Values.RemoveEmptyBlocks();
        return failed ? null : offer;
    }

    private static void Set(RecordValues target, string name, object value, SourcePosition at)
    {
        if (value is IReadOnlyList<string> { Count: 0 }) return;
        target.TrySet(name, value, at);
    }

    /// <summary>"mo di 09:00-12:00 | fr 10:00-12:00" (entries separated by "|", ";" or line breaks; days by spaces or commas).</summary>
    private IReadOnlyList<RecordValues>? Times(string text, SourcePosition at)
    {
        var entries = new List<RecordValues>();
        foreach (var part in text.Split([CsvDialect.ListSeparator, ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = TimeEntry().Match(part);
            if (!match.Success)
            {
                diagnostics.Error(at, ProblemCodes.ImportWrongType,
                    $"\"zeiten\" versteht \"{part}\" nicht. Schreiben Sie je Zeitraum die Wochentage und die Uhrzeiten, mehrere Zeiträume durch \"|\" getrennt, zum Beispiel \"mo di 09:00-12:00 | fr 10:00-12:00\". Die Zeile wird übersprungen.",
                    $"\"zeiten\" cannot read \"{part}\". Write the weekdays and the times of each period, several periods separated by \"|\", for example \"mo di 09:00-12:00 | fr 10:00-12:00\". The row is skipped.");
                return null;
            }
            var entry = new RecordValues(at);
            entry.TrySet("tage", ImportValues.List(ListSeparators().Split(match.Groups["days"].Value)), at);
            entry.TrySet("von", Time(match.Groups["from"].Value), at);
            entry.TrySet("bis", Time(match.Groups["to"].Value), at);
            entries.Add(entry);
        }
        return entries;
    }

    /// <summary>"9:00" and "9.00" become "09:00"; anything else stays as it is for the validator to report.</summary>
    private static string Time(string text)
    {
        var match = TimeValue().Match(text.Trim());
        return match.Success ? $"{int.Parse(match.Groups[1].Value):00}:{match.Groups[2].Value}" : text.Trim();
    }

    private string? Decode(byte[] bytes)
    {
        var offset = ByteLines.FirstInvalidUtf8(bytes);
        if (offset < 0)
        {
            var text = Encoding.UTF8.GetString(bytes);
            return text.Length > 0 && text[0] == CsvDialect.ByteOrderMark ? text[1..] : text;
        }
        var (line, column) = new ByteLines(bytes).At(offset);
        diagnostics.Error(new SourcePosition(displayPath, line, column), ProblemCodes.ImportNotUtf8,
            "Die Datei ist nicht als UTF-8 gespeichert. Speichern Sie sie in der Tabellenkalkulation als \"CSV UTF-8\"; die Datei wird nicht importiert.",
            "The file is not saved as UTF-8. Save it from the spreadsheet as \"CSV UTF-8\"; the file is not imported.");
        return null;
    }

    private void QuotingProblem((int Line, int Column, string Reason) quoting) =>
        diagnostics.Error(new SourcePosition(displayPath, quoting.Line, quoting.Column), ProblemCodes.ImportBadQuoting,
            quoting.Reason == "unclosed"
                ? "Hier beginnt ein Text in Anführungszeichen, der nie geschlossen wird. Ein Anführungszeichen im Text wird verdoppelt (\"\"). Die Zeile wird übersprungen."
                : "Nach dem schließenden Anführungszeichen geht der Text weiter. Ein Anführungszeichen im Text wird verdoppelt (\"\"). Die Zeile wird übersprungen.",
            quoting.Reason == "unclosed"
                ? "A text in quotation marks starts here but is never closed. A quotation mark inside a text is doubled (\"\"). The row is skipped."
                : "The text goes on after the closing quotation mark. A quotation mark inside a text is doubled (\"\"). The row is skipped.");

    private bool Error(CsvCell cell, string code, string message, string english)
    {
        diagnostics.Error(new SourcePosition(displayPath, cell.Line, cell.Column), code, message, english);
        return true;
    }

    private string SeparatorName() => _separator == '\t' ? "Tabulator" : $"\"{_separator}\"";

    /// <summary>Codes hold no spaces, commas or "|": any of them separates two.</summary>
    [GeneratedRegex(@"[\s,;|]+")]
    private static partial Regex ListSeparators();

    /// <summary>A town's name may hold spaces and brackets ("Wetter (Ruhr)"), so only "|", comma, semicolon and line breaks separate towns.</summary>
    [GeneratedRegex(@"\s*[|,;\n]\s*")]
    private static partial Regex TownSeparators();

    [GeneratedRegex(@"^(?<days>.+?)\s+(?<from>[0-9]{1,2}[:.][0-9]{2})\s*[-–]\s*(?<to>[0-9]{1,2}[:.][0-9]{2})$")]
    private static partial Regex TimeEntry();

    [GeneratedRegex(@"^([0-9]{1,2})[:.]([0-9]{2})$")]
    private static partial Regex TimeValue();
}
