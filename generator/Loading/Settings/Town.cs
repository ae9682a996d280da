namespace Angebotsverzeichnis.Loading.Settings;

public sealed record Town(string Name, string Slug, IReadOnlyList<string> Postcodes, IReadOnlyList<string> Neighbours);
