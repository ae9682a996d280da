namespace Angebotsverzeichnis.Loading.Records;

/// <summary>A German course, from the Integrationskurs (the federal integration course) to a conversation café.</summary>
public sealed record LanguageCourse : OfferDetails
{
    public override OfferKind Kind => OfferKind.LanguageCourse;
    public required string CourseType { get; init; }
    public string? LevelFrom { get; init; }
    public string? LevelTo { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public bool ContinuousEntry { get; init; }
    /// <summary>Null when the record does not say; the site then says nothing either.</summary>
    public bool? Childcare { get; init; }
    public bool? BamfApproved { get; init; }
    public LocalizedText? Exemption { get; init; }
    public string? Places { get; init; }
}
