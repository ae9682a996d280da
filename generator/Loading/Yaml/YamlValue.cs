using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis.Loading.Yaml;

/// <summary>
/// A YAML value with the place it was written. We build our own small tree instead of YamlDotNet's
/// representation model so that every value keeps its position and no alias can ever be expanded.
/// </summary>
public abstract record YamlValue(SourcePosition Position);

/// <summary>A scalar; <paramref name="IsPlain"/> is false when the editor quoted it, <paramref name="IsBlock"/> true for "|" and "&gt;" texts.</summary>
public sealed record YamlText(SourcePosition Position, string Value, bool IsPlain, bool IsBlock = false) : YamlValue(Position);

public sealed record YamlList(SourcePosition Position, IReadOnlyList<YamlValue> Items) : YamlValue(Position);

public sealed record YamlMap(SourcePosition Position, IReadOnlyList<YamlMapEntry> Entries) : YamlValue(Position);

public sealed record YamlMapEntry(YamlText Key, YamlValue Value);
