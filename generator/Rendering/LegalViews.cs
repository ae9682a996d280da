using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Rendering.Views;

namespace Angebotsverzeichnis.Rendering;

/// <summary>The views of the pages a public body must publish: Impressum, accessibility statement, sign language.</summary>
public sealed class LegalViews(SiteSettings settings, LanguageTexts texts, SiteLinks links, OfferViews offers)
{
    public ImprintView Imprint()
    {
        var notice = settings.LegalNotice;
        var address = notice.Street is null && notice.Postcode is null && notice.Town is null
            ? []
            : new[] { notice.Street, $"{notice.Postcode} {notice.Town}".Trim() }.OfType<string>().Where(l => l.Length > 0).ToList();
        return new ImprintView
        {
            Publisher = notice.Publisher,
            LegalForm = notice.LegalForm,
            AddressLines = address,
            Representative = notice.Representative,
            Responsible = notice.ResponsibleForContent,
            Contact = offers.Contact(notice.Publisher ?? "", null, null, null, notice.Phone, notice.Email, null),
            VatId = notice.VatId,
        };
    }

    public AccessibilityView Statement()
    {
        var statement = settings.Accessibility;
        var body = statement.EnforcementBody;
        return new AccessibilityView
        {
            Reviewed = statement.Reviewed is { } day ? texts.Date(day) : null,
            ReviewedIso = statement.Reviewed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ComplianceKey = $"erklaerung.status_{Known(statement.Compliance, AccessibilityStatement.ComplianceLevels, "teilweise")}",
            MethodKey = $"erklaerung.method_{Known(statement.Method, AccessibilityStatement.Methods, "selbstbewertung")}",
            FeedbackAction = statement.Email is null ? null : "mailto:" + statement.Email,
            Feedback = offers.Contact("", null, null, null, statement.Phone, statement.Email, null),
            EnforcementBody = body is null ? null : offers.Contact(body.Name, new PostalAddress(body.Street, body.Postcode, null), body.Town, null,
                body.Phone, body.Email, body.Website) with { MapUrl = null },
            HasSignLanguageVideo = statement.SignLanguageVideo is not null,
        };
    }

    public SignLanguageView SignLanguage()
    {
        var statement = settings.Accessibility;
        if (statement.SignLanguageVideo is not { } video) return new SignLanguageView(null, null, null);
        var type = Path.GetExtension(video).Equals(".webm", StringComparison.OrdinalIgnoreCase) ? "video/webm" : "video/mp4";
        var captions = statement.SignLanguageCaptions is { } file ? links.RootHref(Paths.Media(file)) : null;
        return new SignLanguageView(links.RootHref(Paths.Media(video)), type, captions);
    }

    /// <summary>An unknown value is reported by validation; the page then says the least: "teilweise", "selbstbewertung".</summary>
    private static string Known(string? value, string[] allowed, string otherwise) => value is not null && allowed.Contains(value) ? value : otherwise;
}
