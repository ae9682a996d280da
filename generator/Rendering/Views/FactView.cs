namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>One line of an offer's facts: a label and one or more values.</summary>
public sealed record FactView(object Label, IReadOnlyList<FactValue> Values, string Name);
