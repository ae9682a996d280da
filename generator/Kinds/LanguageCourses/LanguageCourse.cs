using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using F = Angebotsverzeichnis.Kinds.LanguageCourses.LanguageCourseFields;

namespace Angebotsverzeichnis.Kinds.LanguageCourses;

/// <summary>A German course, from the Integrationskurs (the federal integration course) to a conversation café.</summary>
public sealed record LanguageCourse(FieldValues Values) : OfferDetails(Values)
{
    public override OfferKind Kind => LanguageCourseKind.Instance;
    public string CourseType => Values.Text(F.CourseType)!;
    public string? LevelFrom => Values.Text(F.LevelFrom);
    public string? LevelTo => Values.Text(F.LevelTo);
    public override DateOnly? Start => Values.Date(F.Start);
    public override DateOnly? End => Values.Date(F.End);
    public bool ContinuousEntry => Values.YesNo(F.ContinuousEntry) ?? false;
    /// <summary>Null when the record does not say; the site then says nothing either.</summary>
    public bool? Childcare => Values.YesNo(F.Childcare);
    public bool? BamfApproved => Values.YesNo(F.BamfApproved);
    public LocalizedText? Exemption => Values.Localized(F.Exemption);
    public string? Places => Values.Text(F.Places);
    public override bool HasWaitingList => Places == F.Lists.WaitingList;
    public override string? EducationalLevel => LevelFrom is null ? null : $"{LevelFrom}–{LevelTo ?? LevelFrom}";
}
