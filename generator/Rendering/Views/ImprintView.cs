namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>The Impressum as content/site.yaml gives it; absent optional fields are null and not shown.</summary>
public sealed record ImprintView
{
    public required string? Publisher { get; init; }
    public required string? LegalForm { get; init; }
    public required IReadOnlyList<string> AddressLines { get; init; }
    public required string? Representative { get; init; }
    public required string? Responsible { get; init; }
    public required ContactView Contact { get; init; }
    public required string? VatId { get; init; }
}
