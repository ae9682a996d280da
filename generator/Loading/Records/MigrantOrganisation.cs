namespace Angebotsverzeichnis.Loading.Records;

/// <summary>An association or community run by migrants (Migrantenselbstorganisation).</summary>
public sealed record MigrantOrganisation : OfferDetails
{
    public override OfferKind Kind => OfferKind.MigrantOrganisation;
    public required IReadOnlyList<string> Focus { get; init; }
    public LocalizedText? Communities { get; init; }
    public LocalizedText? MeetingPlace { get; init; }
    /// <summary>Null when the record does not say.</summary>
    public bool? NewMembersWelcome { get; init; }
}
