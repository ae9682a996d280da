using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Rendering.Views;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// How a reader reports a wrong detail of an offer: a prepared e-mail to the Integrationszentrum and, where
/// site.yaml names the content repository, a prepared GitHub issue (the form .github/ISSUE_TEMPLATE/korrektur.yml).
/// Both carry the record's id, kind, page address and language; the labels are German for the editors who read
/// them, the request to describe the mistake is in the reader's language.
/// </summary>
public sealed class CorrectionLinks(SiteSettings settings, LanguageTexts texts)
{
    /// <summary>The issue form's file name and the ids of its fields, which its URL fills in.</summary>
    public const string IssueForm = "korrektur.yml";

    public static readonly string[] IssueFields = ["datensatz", "art", "seite", "sprache"];

    /// <param name="prompt">Whether the body starts with the request to describe the mistake, in the reader's language.
    /// Leaflets leave it out: percent-encoded, an Arabic or Cyrillic sentence per entry would cost a leaflet page 5 KB.</param>
    public CorrectionView? For(Offer offer, string pageUrl, bool prompt = true)
    {
        var language = texts.Language.Code;
        var kind = offer.Kind.Folder;
        var subject = $"Korrektur: {offer.Id} ({kind}, {language})";
        var mail = settings.Publisher.Email is { } address
            ? $"mailto:{address}?subject={Escape(subject)}&body={Escape(MailBody(offer.Id, kind, pageUrl, language, prompt))}"
            : null;
        var issue = settings.GitHubRepository is { } repository
            ? $"https://github.com/{repository}/issues/new?template={IssueForm}&title={Escape(subject)}"
              + $"&datensatz={Escape(offer.Id)}&art={Escape(kind)}&seite={Escape(pageUrl)}&sprache={Escape(language)}"
            : null;
        return mail is null && issue is null ? null : new CorrectionView(mail, issue);
    }

    private string MailBody(string id, string kind, string pageUrl, string language, bool prompt) => string.Join("\r\n",
        (prompt ? [texts.Ui("correction.prompt").Text, "", "", ""] : Array.Empty<string>()).Concat([
        "---",
        $"Datensatz: {id}",
        $"Art: {kind}",
        $"Seite: {pageUrl}",
        $"Sprache: {language}"]));

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
