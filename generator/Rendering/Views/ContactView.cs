namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>Ready-made contact links: tel: and mailto: targets and the map link are built here, not in templates.</summary>
public sealed record ContactView
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> AddressLines { get; init; }
    public string? MapUrl { get; init; }
    public string? Phone { get; init; }
    public string? PhoneHref { get; init; }
    public string? Email { get; init; }
    public string? EmailHref { get; init; }
    public string? Website { get; init; }
    public string? WebsiteHref { get; init; }
}
