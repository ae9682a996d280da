namespace Angebotsverzeichnis.Loading.Records;

/// <summary>Who runs an offer: a migrant organisation of this directory (by id) or any other body by name.</summary>
public sealed record Provider(string? OrganisationId, string? Name);
