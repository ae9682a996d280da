namespace Angebotsverzeichnis.Loading.Settings;

/// <summary>The publisher's contact, printed on the about page and on leaflets.</summary>
public sealed record ContactDetails(string Name, string Street, string Postcode, string Town, string? Phone, string? Email, string? Website);
