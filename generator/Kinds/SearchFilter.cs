using Angebotsverzeichnis.Loading.Format;

namespace Angebotsverzeichnis.Kinds;

/// <summary>A select on the search page for the values of one field of a kind, labelled by a key of the translations ("field.specialty").</summary>
public sealed record SearchFilter(FieldSpec Field, string Label);
