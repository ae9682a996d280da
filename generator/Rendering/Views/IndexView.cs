namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>An overview of towns or of languages, each entry with its number of offers.</summary>
public sealed record IndexView(object Heading, IReadOnlyList<LinkView> Entries);
