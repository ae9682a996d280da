namespace Angebotsverzeichnis.Loading.Settings;

/// <summary>
/// The Impressum of content/site.yaml: what § 5 DDG and § 18 MStV ask a public body to publish. Every field is
/// optional when read, so that validate can warn and only a publishing build refuses an incomplete one.
/// </summary>
public sealed record LegalNotice
{
    public string? Publisher { get; init; }
    public string? LegalForm { get; init; }
    public string? Street { get; init; }
    public string? Postcode { get; init; }
    public string? Town { get; init; }
    public string? Representative { get; init; }
    /// <summary>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: a name and an address.</summary>
    public string? ResponsibleForContent { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? VatId { get; init; }

    /// <summary>The fields a publishing build needs, by their key in site.yaml.</summary>
    public IEnumerable<(string Key, string? Value)> RequiredFields =>
    [
        ("herausgeber", Publisher), ("strasse", Street), ("plz", Postcode), ("ort", Town),
        ("vertreten_durch", Representative), ("verantwortlich", ResponsibleForContent), ("email", Email),
    ];

    /// <summary>Every field that, when given, must not be a placeholder.</summary>
    public IEnumerable<(string Key, string? Value)> AllFields =>
        RequiredFields.Concat([("rechtsform", LegalForm), ("telefon", Phone), ("ust_id", VatId)]);
}
