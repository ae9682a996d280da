using System.Text.RegularExpressions;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Validation;

/// <summary>
/// Checks what a public body must publish before the site goes live (BITV 2.0 § 4 and § 7, § 5 DDG, § 18 MStV):
/// the Impressum, the accessibility statement and the sign-language video. Gaps are warnings while editing and
/// errors in a publishing build, so that "[Name einsetzen]" never goes online unnoticed.
/// </summary>
internal static partial class LegalPagesValidator
{
    public static readonly string[] VideoExtensions = [".mp4", ".webm"];

    public static void Check(SiteSettings settings, ValidationOptions options, DiagnosticList diagnostics)
    {
        var report = new GapReport(settings, options, diagnostics);
        CheckLegalNotice(settings.LegalNotice, report);
        CheckStatement(settings.Accessibility, options, report, diagnostics);
        CheckSignLanguageVideo(settings, diagnostics);
    }

    private static void CheckLegalNotice(LegalNotice notice, GapReport report)
    {
        foreach (var (key, value) in notice.RequiredFields.Where(f => string.IsNullOrWhiteSpace(f.Value)))
        {
            report.Gap($"impressum.{key}", ProblemCodes.ImprintIncomplete,
                $"Im Impressum fehlt \"{key}\". Tragen Sie unter \"impressum:\" eine Zeile \"  {key}: …\" ein; ohne sie darf die Website nicht veröffentlicht werden.",
                $"The Impressum lacks \"{key}\". Add a line \"  {key}: …\" under \"impressum:\"; the site may not be published without it.");
        }
        foreach (var (key, value) in notice.AllFields.Where(f => f.Value is not null && IsPlaceholder(f.Value)))
        {
            report.Gap($"impressum.{key}", ProblemCodes.ImprintIncomplete,
                $"\"impressum.{key}\" ist noch ein Platzhalter (\"{value}\"). Tragen Sie die echte Angabe ein.",
                $"\"impressum.{key}\" is still a placeholder (\"{value}\"). Enter the real value.");
        }
        if (notice.Email is { } email && !IsPlaceholder(email) && !ContactFormats.IsEmail(email))
        {
            report.Gap("impressum.email", ProblemCodes.ImprintIncomplete,
                $"\"{email}\" unter \"impressum.email\" ist keine E-Mail-Adresse.", $"\"{email}\" under \"impressum.email\" is not an e-mail address.");
        }
    }

    private static void CheckStatement(AccessibilityStatement statement, ValidationOptions options, GapReport report, DiagnosticList diagnostics)
    {
        const string block = "erklaerung_barrierefreiheit";
        if (statement.Reviewed is null)
        {
            report.Gap($"{block}.stand", ProblemCodes.AccessibilityStatementIncomplete,
                $"Der Erklärung zur Barrierefreiheit fehlt das Datum der letzten Prüfung. Tragen Sie unter \"{block}:\" eine Zeile \"  stand: JJJJ-MM-TT\" ein.",
                $"The accessibility statement lacks the date of its last review. Add a line \"  stand: YYYY-MM-DD\" under \"{block}:\".");
        }
        else if (statement.Reviewed.Value.AddMonths(options.ReviewIntervalMonths) < options.Today)
        {
            diagnostics.Warning(report.PositionOf($"{block}.stand"), ProblemCodes.AccessibilityStatementOutdated,
                $"Die Erklärung zur Barrierefreiheit wurde zuletzt am {statement.Reviewed:dd.MM.yyyy} geprüft; sie ist mindestens einmal im Jahr zu prüfen. Prüfen Sie die Website und tragen Sie das neue Datum unter \"stand\" ein.",
                $"The accessibility statement was last reviewed on {statement.Reviewed:yyyy-MM-dd}; it must be reviewed at least once a year. Review the site and enter the new date under \"stand\".");
        }
        CheckChoice(statement.Method, AccessibilityStatement.Methods, $"{block}.methode", report, diagnostics);
        CheckChoice(statement.Compliance, AccessibilityStatement.ComplianceLevels, $"{block}.vereinbarkeit", report, diagnostics);
        if (string.IsNullOrWhiteSpace(statement.Email) || IsPlaceholder(statement.Email) || !ContactFormats.IsEmail(statement.Email))
        {
            report.Gap($"{block}.email", ProblemCodes.AccessibilityStatementIncomplete,
                $"Für Rückmeldungen zu Barrieren fehlt eine gültige E-Mail-Adresse. Tragen Sie unter \"{block}:\" eine Zeile \"  email: …\" ein.",
                $"A valid e-mail address for reports of barriers is missing. Add a line \"  email: …\" under \"{block}:\".");
        }
        var body = statement.EnforcementBody;
        if (body is null || new[] { body.Name, body.Street, body.Postcode, body.Town }.Any(v => string.IsNullOrWhiteSpace(v) || IsPlaceholder(v)))
        {
            report.Gap($"{block}.durchsetzungsstelle", ProblemCodes.AccessibilityStatementIncomplete,
                $"Die Durchsetzungsstelle (in NRW die Ombudsstelle für barrierefreie Informationstechnik) fehlt oder ist unvollständig. Tragen Sie unter \"{block}:\" den Block \"durchsetzungsstelle:\" mit name, strasse, plz und ort ein.",
                $"The enforcement body (in North Rhine-Westphalia the Ombudsstelle für barrierefreie Informationstechnik) is missing or incomplete. Add the block \"durchsetzungsstelle:\" with name, strasse, plz and ort under \"{block}:\".");
        }
    }

    private static void CheckChoice(string? value, string[] allowed, string path, GapReport report, DiagnosticList diagnostics)
    {
        if (value is null)
        {
            report.Gap(path, ProblemCodes.AccessibilityStatementIncomplete,
                $"\"{path}\" fehlt. Erlaubt sind: {string.Join(", ", allowed)}.", $"\"{path}\" is missing. Allowed: {string.Join(", ", allowed)}.");
        }
        else if (!allowed.Contains(value))
        {
            diagnostics.Error(report.PositionOf(path), ProblemCodes.NotInList,
                $"\"{value}\" ist für \"{path}\" nicht erlaubt. Erlaubt sind: {string.Join(", ", allowed)}. {Loading.Suggestions.Hint(value, allowed)}",
                $"\"{value}\" is not allowed for \"{path}\". Allowed: {string.Join(", ", allowed)}. {Loading.Suggestions.EnglishHint(value, allowed)}");
        }
    }

    private static void CheckSignLanguageVideo(SiteSettings settings, DiagnosticList diagnostics)
    {
        const string block = "erklaerung_barrierefreiheit";
        var statement = settings.Accessibility;
        var position = new GapReport(settings, new ValidationOptions(default), diagnostics).PositionOf($"{block}.gebaerdensprache_video");
        if (statement.SignLanguageVideo is null)
        {
            diagnostics.Warning(position, ProblemCodes.SignLanguageVideoMissing,
                $"Es ist kein Video in Deutscher Gebärdensprache eingetragen; die Seite \"Gebärdensprache\" sagt das. Legen Sie das Video in content/{AccessibilityStatement.MediaFolder}/ ab und tragen Sie es unter \"{block}:\" als \"gebaerdensprache_video: datei.mp4\" ein.",
                $"No video in German Sign Language is configured; the page \"Gebärdensprache\" says so. Put the video in content/{AccessibilityStatement.MediaFolder}/ and name it under \"{block}:\" as \"gebaerdensprache_video: file.mp4\".");
            return;
        }
        CheckMediaFile(settings, statement.SignLanguageVideo, VideoExtensions, position, diagnostics);
        if (statement.SignLanguageCaptions is { } captions)
        {
            CheckMediaFile(settings, captions, [".vtt"], settings.Positions?.Of($"{block}.gebaerdensprache_untertitel") ?? position, diagnostics);
        }
    }

    private static void CheckMediaFile(SiteSettings settings, string name, string[] extensions, SourcePosition position, DiagnosticList diagnostics)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!MediaFileName().IsMatch(name) || !extensions.Contains(extension))
        {
            diagnostics.Error(position, ProblemCodes.BadSetting,
                $"\"{name}\" ist kein erlaubter Dateiname. Erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche mit der Endung {string.Join(" oder ", extensions)}, die Datei liegt in content/{AccessibilityStatement.MediaFolder}/.",
                $"\"{name}\" is not an allowed file name. Use lower-case letters, digits and hyphens with the extension {string.Join(" or ", extensions)}; the file lies in content/{AccessibilityStatement.MediaFolder}/.");
            return;
        }
        if (!File.Exists(Path.Combine(settings.ContentDirectory, AccessibilityStatement.MediaFolder, name)))
        {
            diagnostics.Error(position, ProblemCodes.BadSetting,
                $"Die Datei content/{AccessibilityStatement.MediaFolder}/{name} gibt es nicht. Legen Sie sie dort ab oder korrigieren Sie den Namen.",
                $"The file content/{AccessibilityStatement.MediaFolder}/{name} does not exist. Put it there or correct the name.");
        }
    }

    /// <summary>What templates and forms leave for someone to fill in: "[Name einsetzen]", "&lt;Anschrift&gt;", "TODO", "N. N." …</summary>
    public static bool IsPlaceholder(string value) => PlaceholderPattern().IsMatch(value);

    [GeneratedRegex(@"\[[^\]]*\]|<[^>]*>|\b(einsetzen|eintragen|ergänzen|platzhalter|todo|tbd|fixme|xxx+|lorem|mustermann|musterfrau)\b|\bN\.\s?N\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+$")]
    private static partial Regex MediaFileName();

    /// <summary>Reports a gap as an error in a publishing build and as a warning otherwise, at the field or its block.</summary>
    private sealed class GapReport(SiteSettings settings, ValidationOptions options, DiagnosticList diagnostics)
    {
        public SourcePosition PositionOf(string path)
        {
            var positions = settings.Positions;
            if (positions is null) return SourcePosition.StartOf(settings.SourceFile);
            var field = positions.Of(path);
            if (field != positions.RecordStart) return field;
            var emptyKey = positions.Of(path + "@key");
            if (emptyKey != positions.RecordStart) return emptyKey;
            var block = path[..Math.Max(0, path.LastIndexOf('.'))];
            return block.Length > 0 ? positions.Of(block) : field;
        }

        public void Gap(string path, string code, string german, string english)
        {
            if (options.Publishing) diagnostics.Error(PositionOf(path), code, german + PublishingHint, english + EnglishPublishingHint);
            else diagnostics.Warning(PositionOf(path), code, german, english);
        }

        private const string PublishingHint = " (Beim Veröffentlichen ein Fehler; für eine Vorschau bauen Sie mit --preview.)";
        private const string EnglishPublishingHint = " (An error when publishing; for a preview build with --preview.)";
    }
}
