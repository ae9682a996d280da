using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Rendering;
using Angebotsverzeichnis.Rendering.Views;

namespace Angebotsverzeichnis.Kinds.CounsellingServices;

/// <summary>Counselling services: content/beratung, found on the search page by the kind of counselling.</summary>
public sealed class CounsellingKind : OfferKind
{
    public static readonly CounsellingKind Instance = new();

    public override string Folder => "beratung";
    public override string SchemaName => "beratung";
    public override string EnglishName => "counselling";
    public override IReadOnlyList<FieldSpec> Fields => CounsellingFields.All;
    public override int LeafletPlaces => 2;
    public override string ImportedFieldOfAction => "teilhabe-sport-kultur";
    public override IReadOnlyList<SearchFilter> SearchFilters => [new(CounsellingFields.CounsellingTypes, "field.counselling_types")];

    public override IReadOnlyList<FieldAlias> EnglishFields =>
    [
        new("counselling_types", CounsellingFields.CounsellingTypes.Name, EnglishFieldNames.Map(
            ("migration_adults", "migrationsberatung-erwachsene"), ("youth_migration", "jugendmigrationsdienst"),
            ("recognition", "anerkennungsberatung"), ("refugees", "fluechtlingsberatung"), ("women", "frauenberatung"),
            ("gynaecological", "interkulturelle-gynaekologische-beratung"))),
        new("appointments", CounsellingFields.Appointments.Name, EnglishFieldNames.Map(("phone", "telefon"), ("online", "online"), ("walk_in", "offene-sprechstunde"))),
        new("who_may_come", CounsellingFields.WhoMayCome.Name),
        new("anonymous", CounsellingFields.Anonymous.Name),
    ];

    public override OfferDetails Create(FieldValues values) => new CounsellingService(values);

    public override IEnumerable<FactView> Facts(OfferDetails details, FactBuilder facts)
    {
        var service = (CounsellingService)details;
        yield return facts.Fact("counselling_types", facts.Labels(CounsellingFields.Lists.CounsellingTypes, service.CounsellingTypes));
        yield return facts.Fact("who_may_come", [facts.OptionalRecord(service.WhoMayCome)!]);
        if (service.Appointments.Count > 0) yield return facts.Fact("appointments", facts.Labels(CounsellingFields.Lists.Appointments, service.Appointments));
        if (service.Anonymous is true) yield return facts.Fact("anonymous", [facts.YesNo(true)]);
    }
}
