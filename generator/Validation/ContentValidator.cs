using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Validation;

/// <summary>Checks loaded content as a whole: ids, references, settings, and each record's values.</summary>
public static class ContentValidator
{
    public static void Validate(ContentSet content, ValidationOptions options, DiagnosticList diagnostics)
    {
        CheckContentWide(content, options, diagnostics);
        var organisationIds = OrganisationIds(content);
        Parallel.ForEach(content.Offers, offer => ValidateOffer(offer, content, organisationIds, options, diagnostics));
    }

    /// <summary>What concerns all records together: ids, and the settings.</summary>
    public static void CheckContentWide(ContentSet content, ValidationOptions options, DiagnosticList diagnostics)
    {
        CheckIds(content.Files, diagnostics);
        SettingsValidator.Check(content.Settings, diagnostics);
        LegalPagesValidator.Check(content.Settings, options, diagnostics);
    }

    /// <summary>The ids a record may name as its provider organisation; the only thing one record's checks take from others.</summary>
    public static IReadOnlySet<string> OrganisationIds(ContentSet content) => content.Offers
        .Where(o => o.Kind.ProvidesOrganisations)
        .Select(o => o.Id)
        .ToHashSet(StringComparer.Ordinal);

    public static void ValidateOffer(Offer offer, ContentSet content, IReadOnlySet<string> organisationIds, ValidationOptions options, DiagnosticList diagnostics) =>
        new OfferValidator(offer, content.Settings, organisationIds, options, diagnostics).Run();

    private static void CheckIds(IReadOnlyList<RecordFile> files, DiagnosticList diagnostics)
    {
        var firstById = new Dictionary<string, RecordFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var start = SourcePosition.StartOf(file.DisplayPath);
            if (!ContactFormats.IsSlug(file.Id))
            {
                diagnostics.Error(start, ProblemCodes.BadId,
                    $"Der Dateiname \"{file.Id}\" ist als Kennung nicht erlaubt. Verwenden Sie nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche (ä→ae, ö→oe, ü→ue, ß→ss), höchstens 80 Zeichen, zum Beispiel \"{SuggestSlug(file.Id)}.yaml\".",
                    $"The file name \"{file.Id}\" cannot be used as an ID. Use only lower-case letters a–z, digits and single hyphens (ä→ae, ö→oe, ü→ue, ß→ss), at most 80 characters, for example \"{SuggestSlug(file.Id)}.yaml\".");
            }
            else if (IsReserved(file.Id))
            {
                diagnostics.Error(start, ProblemCodes.BadId,
                    $"Die Kennung \"{file.Id}\" ist für die Seitenzählung der Listen reserviert. Wählen Sie einen anderen Dateinamen.",
                    $"The ID \"{file.Id}\" is reserved for the page numbers of the lists. Choose a different file name.");
            }
            if (firstById.TryGetValue(file.Id, out var first))
            {
                diagnostics.Error(start, ProblemCodes.DuplicateId,
                    $"Die Kennung \"{file.Id}\" gibt es schon ({first.DisplayPath}). Jede Kennung darf nur einmal vorkommen; benennen Sie eine der Dateien um.",
                    $"The ID \"{file.Id}\" already exists ({first.DisplayPath}). Each ID may be used only once; rename one of the files.");
            }
            else
            {
                firstById[file.Id] = file;
            }
        }
    }

    /// <summary>Listing pages 2, 3, … live at "seite-2/" beside the detail pages of the same kind.</summary>
    private static bool IsReserved(string id) =>
        id.StartsWith(Model.Paths.PageSegmentPrefix, StringComparison.Ordinal) && id[Model.Paths.PageSegmentPrefix.Length..].All(char.IsAsciiDigit);

    internal static string SuggestSlug(string text)
    {
        var lowered = new string(text.ToLowerInvariant()
            .Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss")
            .Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray());
        var chars = lowered.Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "mein-angebot" : slug[..Math.Min(slug.Length, 80)].TrimEnd('-');
    }
}
