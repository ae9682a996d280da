using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Loading;

/// <summary>A record file found under content/, with its id taken from the file name.</summary>
public sealed record RecordFile(string FullPath, string DisplayPath, string Id, OfferKind Kind);
