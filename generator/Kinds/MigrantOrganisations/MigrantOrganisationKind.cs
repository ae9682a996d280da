using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Rendering;
using Angebotsverzeichnis.Rendering.Views;

namespace Angebotsverzeichnis.Kinds.MigrantOrganisations;

/// <summary>Migrant organisations: content/organisationen; other records name them as their provider.</summary>
public sealed class MigrantOrganisationKind : OfferKind
{
    public static readonly MigrantOrganisationKind Instance = new();

    public override string Folder => "organisationen";
    public override string SchemaName => "organisation";
    public override string EnglishName => "organisation";
    public override IReadOnlyList<FieldSpec> Fields => MigrantOrganisationFields.All;
    public override SchemaOrgShape SchemaOrgShape => SchemaOrgShape.Organization;
    public override bool ProvidesOrganisations => true;
    public override string ImportedFieldOfAction => "teilhabe-sport-kultur";

    public override IReadOnlyList<FieldAlias> EnglishFields =>
    [
        new("focus", "schwerpunkte", EnglishFieldNames.Map(
            ("culture", "kultur"), ("religion", "religion"), ("sport", "sport"), ("education", "bildung"), ("parents", "eltern"),
            ("seniors", "senioren"), ("women", "frauen"), ("youth", "jugend"), ("counselling", "beratung"))),
        new("communities", "gemeinschaften", Conversion: AliasConversion.JoinedGermanText),
        new("new_members", "neue_mitglieder"),
    ];

    public override OfferDetails Create(FieldValues values) => new MigrantOrganisation(values);

    public override IEnumerable<FactView> Facts(OfferDetails details, FactBuilder facts)
    {
        var organisation = (MigrantOrganisation)details;
        yield return facts.Fact("focus", facts.Labels(MigrantOrganisationFields.Lists.Focus, organisation.Focus));
        if (facts.OptionalRecord(organisation.Communities) is { } communities) yield return facts.Fact("communities", [communities]);
        if (facts.OptionalRecord(organisation.MeetingPlace) is { } place) yield return facts.Fact("meeting_place", [place]);
        if (organisation.NewMembersWelcome is { } welcome)
            yield return facts.Fact("new_members", [facts.Ui(welcome ? "value.new_members_welcome" : "value.new_members_closed")]);
    }
}
