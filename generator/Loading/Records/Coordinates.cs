namespace Angebotsverzeichnis.Loading.Records;

public sealed record Coordinates(double Latitude, double Longitude);
