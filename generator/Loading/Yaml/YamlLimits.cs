namespace Angebotsverzeichnis.Loading.Yaml;

/// <summary>Bounds that keep a hostile or broken file from costing unbounded time or memory.</summary>
public sealed record YamlLimits
{
    public int MaxFileBytes { get; init; } = 256 * 1024;
    public int MaxDepth { get; init; } = 16;

    public static YamlLimits Default { get; } = new();
}
