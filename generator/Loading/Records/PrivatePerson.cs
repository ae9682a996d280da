namespace Angebotsverzeichnis.Loading.Records;

/// <summary>
/// A private individual, such as a freelance interpreter. Published only when <see cref="Consented"/> is true;
/// validation refuses the record otherwise and the model never shows the person.
/// </summary>
public sealed record PrivatePerson(string Name, string? Phone, string? Email, bool Consented);
