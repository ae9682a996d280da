namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>A value of a fact, with a link when there is a page about it (for example a language's listing).</summary>
public sealed record FactValue(object Text, string? Url = null);
