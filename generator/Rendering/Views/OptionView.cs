namespace Angebotsverzeichnis.Rendering.Views;

public sealed record OptionView(string Value, string Label, bool Selected = false);
