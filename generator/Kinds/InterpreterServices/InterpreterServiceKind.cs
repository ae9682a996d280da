using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Rendering;
using Angebotsverzeichnis.Rendering.Views;
using Angebotsverzeichnis.Validation;

namespace Angebotsverzeichnis.Kinds.InterpreterServices;

/// <summary>Interpreter and translation services: content/dolmetscher.</summary>
public sealed class InterpreterServiceKind : OfferKind
{
    public static readonly InterpreterServiceKind Instance = new();

    public override string Folder => "dolmetscher";
    public override string SchemaName => "dolmetscher";
    public override string EnglishName => "interpreter";
    public override IReadOnlyList<FieldSpec> Fields => InterpreterServiceFields.All;
    public override string ImportedFieldOfAction => "gesundheit-pflege";
    public override IReadOnlyList<(string Field, object Value)> ImportDefaults => [("qualifikation", "sprach-und-integrationsmittlung")];

    public override IReadOnlyList<FieldAlias> EnglishFields =>
    [
        new("language_pairs", "sprachpaare", Conversion: AliasConversion.LanguagePairs),
        new("modes", "einsatzarten", EnglishFieldNames.Map(("on_site", "vor-ort"), ("phone", "telefon-video"), ("video", "telefon-video"), ("written", "schriftlich"))),
        new("fields", "fachgebiete", EnglishFieldNames.Map(("health", "gesundheit"), ("authorities", "behoerden-gerichte"), ("school", "schule-eltern"), ("general", "allgemein"))),
    ];

    public override OfferDetails Create(FieldValues values) => new InterpreterService(values);

    public override void Check(OfferDetails details, RecordChecks checks)
    {
        if (details.Person is not { } person) return;
        checks.CheckName("person.name", person.Name);
        checks.CheckLink("person.email", person.Email);
        if (!person.Consented)
        {
            checks.Error("person", ProblemCodes.PrivateContactWithoutConsent,
                "Eine Privatperson darf nur mit ihrer schriftlichen Einwilligung veröffentlicht werden. Liegt sie vor, ergänzen Sie \"einwilligung: ja\" unter \"person\"; sonst löschen Sie den Block \"person\" und nennen nur die Kontaktdaten einer Organisation.",
                "A private person may only be published with their written consent. If you have it, add \"einwilligung: ja\" under \"person\"; otherwise delete the \"person\" block and give only the contact details of an organisation.");
        }
        if (person.Email is { } email && InvisibleCharacters.InLink(email) < 0 && !ContactFormats.IsEmail(email))
            checks.Error("person.email", ProblemCodes.BadEmail, $"\"{email}\" ist keine E-Mail-Adresse.", $"\"{email}\" is not an email address.");
        if (person.Phone is { } phone && !ContactFormats.IsPhone(phone))
            checks.Error("person.telefon", ProblemCodes.BadPhone, $"\"{phone}\" ist keine Telefonnummer.", $"\"{phone}\" is not a phone number.");
    }

    public override IEnumerable<FactView> Facts(OfferDetails details, FactBuilder facts)
    {
        var service = (InterpreterService)details;
        yield return facts.Fact("language_pairs", facts.LanguageNames(service.LanguagePairs));
        yield return facts.Fact("modes", facts.Labels(InterpreterServiceFields.Lists.Modes, service.Modes));
        yield return facts.Fact("subject_areas", facts.Labels(InterpreterServiceFields.Lists.Subjects, service.Subjects));
        yield return facts.Fact("qualification", [facts.Label(InterpreterServiceFields.Lists.Qualifications, service.Qualification)]);
        if (facts.OptionalRecord(service.Booking) is { } booking) yield return facts.Fact("booking", [booking]);
    }

    public override string? Accreditation(OfferDetails details, Func<string, string?> germanName) =>
        germanName($"{InterpreterServiceFields.Lists.Qualifications}.{((InterpreterService)details).Qualification}");
}
