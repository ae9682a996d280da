namespace Angebotsverzeichnis.Rendering.Views;

public sealed record KindEntryView(string Kind, object Title, object Intro, string Url, int Count);
