using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Model.Leaflets;
using Angebotsverzeichnis.Rendering.Views;

namespace Angebotsverzeichnis.Rendering;

/// <summary>Builds leaflets in one language: German first, then the leaflet's language, block by block.</summary>
public sealed class LeafletViews(Site site, LanguagePages pages, LanguagePages sourcePages, SiteLinks links)
{
    private LanguageTexts Texts => pages.Texts;
    private LanguageTexts German => sourcePages.Texts;
    private bool Bilingual => !Texts.IsSource;
    private readonly CorrectionLinks _corrections = new(site.Settings, pages.Texts);

    public LeafletView Create(Leaflet leaflet)
    {
        var townName = leaflet.Town?.Name;
        LocalizedValue Title(LanguageTexts texts) => townName is null ? texts.Ui("leaflet.title_district") : texts.Format("leaflet.title", townName);
        var websitePath = leaflet.Town is null ? Paths.Home : Paths.Town(leaflet.Town.Slug);
        var websiteUrl = links.Absolute(Texts.Language.Code, websitePath);
        return new LeafletView
        {
            Lang = Texts.Language.Code,
            Dir = Texts.Language.Direction,
            TitleText = Bilingual ? $"{Title(German).Text} – {Title(Texts).Text}" : Title(German).Text,
            Title = HeadingPair(1, "leaflet-title", Title(German), Title(Texts)),
            Intro = Pair("p", German.Ui("leaflet.intro"), Texts.Ui("leaflet.intro")),
            Sections = leaflet.Sections.Where(s => s.Offers.Count > 0).Select(Section).ToList(),
            DataDate = Pair("p", German.Format("leaflet.data_as_of", German.Date(site.DataDate)), Texts.Format("leaflet.data_as_of", Texts.Date(site.DataDate))),
            ContactHeading = Pair("p", German.Ui("leaflet.contact"), Texts.Ui("leaflet.contact")),
            Contact = sourcePages.Site.Publisher,
            WebsiteLabel = Pair("p", German.Ui("leaflet.website"), Texts.Ui("leaflet.website")),
            WebsiteUrl = websiteUrl,
            WebsiteQr = QrCodes.InlineSvg(websiteUrl, Texts.Format("leaflet.qr", websiteUrl).Text),
        };
    }

    private LeafletSectionView Section(LeafletSection section)
    {
        var folder = section.Kind.Folder;
        var more = section.MoreOnline > 0
            ? Pair("p", German.Format("leaflet.more", German.Number(section.MoreOnline)), Texts.Format("leaflet.more", Texts.Number(section.MoreOnline)))
            : null;
        return new LeafletSectionView(
            HeadingPair(2, "section-heading", German.Ui($"kind.{folder}.title"), Texts.Ui($"kind.{folder}.title")),
            section.Offers.Select(Offer).ToList(),
            more);
    }

    private LeafletOfferView Offer(Offer offer)
    {
        var url = links.Absolute(Texts.Language.Code, Paths.Offer(offer));
        var details = new List<string> { offer.Town, offer.Address.Street };
        if (offer.Phone is not null) details.Add(offer.Phone);
        else if (offer.Details.Person is { Consented: true, Phone: { } personal }) details.Add(personal);
        else if (offer.Email is not null) details.Add(offer.Email);
        var languageNames = string.Join(Texts.ListSeparator, offer.Languages.Select(code => Texts.LanguageName(code).Text));
        var germanLanguageNames = string.Join(German.ListSeparator, offer.Languages.Select(code => German.LanguageName(code).Text));
        var name = Texts.Record(offer.Name);
        return new LeafletOfferView(
            HeadingPair(3, "offer-name", German.Record(offer.Name), name.IsFallback ? null : name),
            string.Join(" · ", details),
            Pair("p",
                German.Ui("field.languages") with { Text = $"{German.Ui("field.languages").Text}: {germanLanguageNames}" },
                Texts.Ui("field.languages") with { Text = $"{Texts.Ui("field.languages").Text}: {languageNames}" }),
            url,
            QrCodes.InlineSvg(url, Texts.Format("leaflet.qr", name.Text).Text),
            _corrections.For(offer, url, prompt: false));
    }

    /// <summary>
    /// A block in German, then the same in the leaflet's language, each marked with its language and direction.
    /// Blocks, not inline spans: Chromium writes a language into the tagged PDF for block elements only.
    /// </summary>
    private TrustedHtml Pair(string tag, LocalizedValue german, LocalizedValue? other)
    {
        var html = Part(tag, german, "de-part");
        if (HasTranslation(german, other)) html += Part(tag, other!, "translated-part");
        return new TrustedHtml(html);
    }

    /// <summary>
    /// A heading in the leaflet's language with its German line before it (an hgroup), so that the heading itself
    /// carries the reader's language, in the page and in the PDF; without a translation, the German heading alone.
    /// </summary>
    private TrustedHtml HeadingPair(int level, string role, LocalizedValue german, LocalizedValue? other)
    {
        var heading = $"h{level}";
        if (!HasTranslation(german, other)) return new TrustedHtml(Part(heading, german, $"{role} de-part"));
        return new TrustedHtml($"<hgroup class=\"{role}\">{Part("p", german, "de-part")}{Part(heading, other!, "translated-part")}</hgroup>");
    }

    // A text missing in the leaflet's language falls back to German, which the first half already shows.
    private bool HasTranslation(LocalizedValue german, LocalizedValue? other) =>
        Bilingual && other is { IsFallback: false } && other.Text != german.Text;

    private static string Part(string tag, LocalizedValue value, string role) =>
        $"<{tag} class=\"{role}\" lang=\"{value.Lang}\" dir=\"{value.Dir}\">{HtmlText.Escape(value.Text)}</{tag}>";
}
