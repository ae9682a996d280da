namespace Angebotsverzeichnis.Loading.Records;

/// <summary>Street and postcode; the town is the offer's <see cref="Offer.Town"/>.</summary>
public sealed record PostalAddress(string Street, string Postcode, string? Addition);
