using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Yaml;

namespace Angebotsverzeichnis.Loading.Settings;

public static partial class SiteSettingsReader
{
    public const string FileName = "site.yaml";

    public static SiteSettings? Read(string contentDirectory, DiagnosticList diagnostics)
    {
        var path = Path.Combine(contentDirectory, FileName);
        var display = DisplayPath.Of(path);
        if (!File.Exists(path))
        {
            diagnostics.Error(SourcePosition.StartOf(display), ProblemCodes.BadSetting,
                $"Die Einstellungsdatei {FileName} fehlt im Inhaltsordner.",
                $"The settings file {FileName} is missing from the content folder.");
            return null;
        }
        var positions = new FieldPositions(SourcePosition.StartOf(display));
        var context = new ReadContext(diagnostics, positions, SourceLanguage: "de");
        var fields = FieldReader.ForFile(YamlFileReader.Read(path, display, diagnostics), context);
        if (fields is null) return null;

        var baseUrl = ReadBaseUrl(fields, diagnostics);
        var sourceLanguage = fields.Text("quellsprache", required: true);
        var entriesPerPage = (int?)fields.Number("eintraege_pro_seite") ?? 30;
        var languages = fields.Blocks("sprachen").Select(ReadLanguage).OfType<Language>().ToList();
        var communityLanguages = fields.Words("community_sprachen");
        var publisher = ReadContact(fields.Block("integrationszentrum", required: true));
        var towns = fields.Blocks("orte").Select(ReadTown).OfType<Town>().ToList();
        var lists = ReadLists(fields.Block("listen", required: true));
        var licence = fields.Text("datenlizenz") ?? "dl-de/by-2-0";
        var legalNotice = ReadLegalNotice(fields.Block("impressum"));
        var accessibility = ReadAccessibility(fields.Block("erklaerung_barrierefreiheit"));
        var gitHubRepository = ReadGitHubRepository(fields, positions, diagnostics);
        var formEditorLogin = ReadFormEditorLogin(fields, positions, diagnostics);
        fields.Finish();

        if (languages.Count == 0)
        {
            diagnostics.Error(fields.Position, ProblemCodes.BadSetting, "Unter \"sprachen\" muss mindestens eine Sprache stehen.",
                "At least one language must be listed under \"sprachen\".");
        }
        if (sourceLanguage is not null && languages.All(l => l.Code != sourceLanguage))
        {
            diagnostics.Error(positions.Of("quellsprache"), ProblemCodes.BadSetting,
                $"Die Quellsprache \"{sourceLanguage}\" steht nicht in der Liste \"sprachen\".",
                $"The source language \"{sourceLanguage}\" is not in the list \"sprachen\".");
            return null;
        }
        if (entriesPerPage < 1)
        {
            diagnostics.Error(positions.Of("eintraege_pro_seite"), ProblemCodes.BadSetting, "\"eintraege_pro_seite\" muss mindestens 1 sein.",
                "\"eintraege_pro_seite\" must be at least 1.");
            return null;
        }
        if (baseUrl is null || sourceLanguage is null || publisher is null || lists is null || languages.Count == 0) return null;
        if (ClosedLists.Required.Any(name => lists[name].Count == 0)) return null;

        // The source language comes first: it is the fallback and the root pages are written in it.
        var ordered = languages.Where(l => l.Code == sourceLanguage).Concat(languages.Where(l => l.Code != sourceLanguage)).ToList();
        return new SiteSettings
        {
            BaseUrl = baseUrl,
            SourceLanguage = sourceLanguage,
            EntriesPerPage = entriesPerPage,
            Languages = ordered,
            CommunityLanguages = communityLanguages,
            Publisher = publisher,
            Towns = towns,
            Lists = lists,
            DataLicence = licence,
            LegalNotice = legalNotice,
            Accessibility = accessibility,
            GitHubRepository = gitHubRepository,
            FormEditorLogin = formEditorLogin,
            Positions = positions,
            SourceFile = display,
            ContentDirectory = Path.GetFullPath(contentDirectory),
        };
    }

    private static string? ReadGitHubRepository(FieldReader fields, FieldPositions positions, DiagnosticList diagnostics)
    {
        var text = fields.Text("github_repository");
        if (text is null || GitHubRepositoryName().IsMatch(text)) return text;
        diagnostics.Error(positions.Of("github_repository"), ProblemCodes.BadSetting,
            $"\"github_repository\" muss Besitzer und Name des Repositorys sein, zum Beispiel en-kreis/angebote, nicht \"{text}\".",
            $"\"github_repository\" must be the repository's owner and name, for example en-kreis/angebote, not \"{text}\".");
        return null;
    }

    private static Uri? ReadFormEditorLogin(FieldReader fields, FieldPositions positions, DiagnosticList diagnostics)
    {
        var text = fields.Text("formular_anmeldung");
        if (text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Query == "" && uri.Fragment == "") return uri;
        diagnostics.Error(positions.Of("formular_anmeldung"), ProblemCodes.BadSetting,
            $"\"formular_anmeldung\" muss die https-Adresse des Anmeldedienstes für GitHub sein, zum Beispiel https://anmeldung.en-kreis.de/auth, nicht \"{text}\".",
            $"\"formular_anmeldung\" must be the https address of the GitHub login service, for example https://anmeldung.en-kreis.de/auth, not \"{text}\".");
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$")]
    private static partial System.Text.RegularExpressions.Regex GitHubRepositoryName();

    private static Uri? ReadBaseUrl(FieldReader fields, DiagnosticList diagnostics)
    {
        var text = fields.Text("basis_url", required: true);
        if (text is null) return null;
        if (!text.EndsWith('/')) text += "/";
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http")) return uri;
        diagnostics.Error(fields.Position, ProblemCodes.BadSetting, "\"basis_url\" muss eine vollständige Adresse sein, zum Beispiel https://angebote.example.org.",
            "\"basis_url\" must be a complete web address, for example https://angebote.example.org.");
        return null;
    }

    private static Language? ReadLanguage(FieldReader block)
    {
        var code = block.Text("code", required: true);
        var name = block.Text("name", required: true);
        var direction = block.Text("richtung") ?? "ltr";
        block.Finish();
        if (code is null || name is null) return null;
        return new Language(code, name, direction == "rtl");
    }

    private static Town? ReadTown(FieldReader block)
    {
        var name = block.Text("name", required: true);
        var slug = block.Text("slug", required: true);
        var postcodes = block.Words("plz", required: true);
        var neighbours = block.Words("nachbarn");
        block.Finish();
        return name is null || slug is null ? null : new Town(name, slug, postcodes, neighbours);
    }

    private static ContactDetails? ReadContact(FieldReader? block)
    {
        if (block is null) return null;
        var contact = new ContactDetails(
            block.Text("name", required: true) ?? "",
            block.Text("strasse", required: true) ?? "",
            block.Text("plz", required: true) ?? "",
            block.Text("ort", required: true) ?? "",
            block.Text("telefon"),
            block.Text("email"),
            block.Text("website"));
        block.Finish();
        return contact;
    }

    private static LegalNotice ReadLegalNotice(FieldReader? block)
    {
        if (block is null) return new LegalNotice();
        var notice = new LegalNotice
        {
            Publisher = block.Text("herausgeber"),
            LegalForm = block.Text("rechtsform"),
            Street = block.Text("strasse"),
            Postcode = block.Text("plz"),
            Town = block.Text("ort"),
            Representative = block.Text("vertreten_durch"),
            ResponsibleForContent = block.Text("verantwortlich"),
            Phone = block.Text("telefon"),
            Email = block.Text("email"),
            VatId = block.Text("ust_id"),
        };
        block.Finish();
        return notice;
    }

    private static AccessibilityStatement ReadAccessibility(FieldReader? block)
    {
        if (block is null) return new AccessibilityStatement();
        var statement = new AccessibilityStatement
        {
            Reviewed = block.Date("stand"),
            Method = block.Text("methode"),
            Compliance = block.Text("vereinbarkeit"),
            Email = block.Text("email"),
            Phone = block.Text("telefon"),
            SignLanguageVideo = block.Text("gebaerdensprache_video"),
            SignLanguageCaptions = block.Text("gebaerdensprache_untertitel"),
            EnforcementBody = ReadOptionalContact(block.Block("durchsetzungsstelle")),
        };
        block.Finish();
        return statement;
    }

    private static ContactDetails? ReadOptionalContact(FieldReader? block) => block is null ? null : ReadContact(block);

    private static ClosedLists? ReadLists(FieldReader? block)
    {
        if (block is null) return null;
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var name in ClosedLists.Required)
        {
            lists[name] = block.Words(name, required: true);
        }
        block.Finish();
        return new ClosedLists(lists);
    }
}
