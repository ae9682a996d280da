using Angebotsverzeichnis.Loading.Records;
using F = Angebotsverzeichnis.Kinds.MigrantOrganisations.MigrantOrganisationFields;

namespace Angebotsverzeichnis.Kinds.MigrantOrganisations;

/// <summary>A Migrantenorganisation: an association founded and run by people with a migration history.</summary>
public sealed record MigrantOrganisation(FieldValues Values) : OfferDetails(Values)
{
    public override OfferKind Kind => MigrantOrganisationKind.Instance;
    public IReadOnlyList<string> Focus => Values.Words(F.Focus);
    public LocalizedText? Communities => Values.Localized(F.Communities);
    public LocalizedText? MeetingPlace => Values.Localized(F.MeetingPlace);
    /// <summary>Null when the record does not say.</summary>
    public bool? NewMembersWelcome => Values.YesNo(F.NewMembers);
}
