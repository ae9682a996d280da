namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>The same page in another language, for the language switcher and hreflang.</summary>
public sealed record AlternateView(string Lang, string Dir, string Name, string Url, string Absolute, bool IsCurrent);
