using System.Globalization;
using System.Text.Json;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Rendering;
using Angebotsverzeichnis.Rendering.Views;
using Angebotsverzeichnis.Validation;

namespace Angebotsverzeichnis.Kinds.LanguageCourses;

/// <summary>Language courses: content/sprachkurse, with their own filters on the search page and their starts in a calendar.</summary>
public sealed class LanguageCourseKind : OfferKind
{
    public static readonly LanguageCourseKind Instance = new();

    public override string Folder => "sprachkurse";
    public override string SchemaName => "sprachkurs";
    public override string EnglishName => "course";
    public override IReadOnlyList<FieldSpec> Fields => LanguageCourseFields.All;
    public override SchemaOrgShape SchemaOrgShape => SchemaOrgShape.Course;
    public override int LeafletPlaces => 4;
    public override IReadOnlyList<string> ListsShownVerbatim => [LanguageCourseFields.Lists.Levels];
    public override IReadOnlyList<string> FilterLists => [LanguageCourseFields.Lists.Levels, LanguageCourseFields.Lists.CourseTypes];
    public override string ImportedFieldOfAction => "bildung-sprache";
    public override IReadOnlyList<(string Field, object Value)> ImportDefaults => [("kursart", "sonstiges")];

    public override IReadOnlyList<FieldAlias> EnglishFields =>
    [
        new("course_type", "kursart", EnglishFieldNames.Map(
            ("integrationskurs", "integrationskurs"), ("alphabetisierung", "alphabetisierung"), ("jugend", "jugendintegrationskurs"),
            ("eltern", "elternintegrationskurs"), ("frauen", "frauenintegrationskurs"), ("berufssprachkurs", "berufssprachkurs"))),
        new("level_from", "niveau_von"),
        new("level_to", "niveau_bis"),
        new("start", "beginn"),
        new("end", "ende"),
        new("childcare", "kinderbetreuung"),
        new("bamf_approved", "bamf_zugelassen"),
    ];

    public override OfferDetails Create(FieldValues values) => new LanguageCourse(values);

    public override void Check(OfferDetails details, RecordChecks checks)
    {
        var course = (LanguageCourse)details;
        var lists = checks.Lists;
        if (course.LevelFrom is { } from && course.LevelTo is { } to && lists.Rank(LanguageCourseFields.Lists.Levels, to) >= 0 &&
            lists.Rank(LanguageCourseFields.Lists.Levels, from) > lists.Rank(LanguageCourseFields.Lists.Levels, to))
        {
            checks.Error("niveau_bis", ProblemCodes.RangeReversed, $"Das Zielniveau {to} liegt unter dem Anfangsniveau {from}.",
                $"The target level {to} is below the starting level {from}.");
        }
        if (course.Start is { } start && course.End is { } end && end < start)
        {
            checks.Error("ende", ProblemCodes.RangeReversed, $"Das Kursende {end:dd.MM.yyyy} liegt vor dem Beginn {start:dd.MM.yyyy}.",
                $"The course end {end:yyyy-MM-dd} is before the start {start:yyyy-MM-dd}.");
        }
        if (course.Start is null && !course.ContinuousEntry)
        {
            checks.Warning("beginn", ProblemCodes.MissingField, "Der Kurs hat keinen \"beginn\" und keinen \"laufender_einstieg: ja\". Ergänzen Sie eines von beiden.",
                "The course has neither \"beginn\" nor \"laufender_einstieg: ja\". Add one of the two.");
        }
        if (course.End is { } ended && ended < checks.Today)
        {
            checks.Warning("ende", ProblemCodes.CourseEnded,
                $"Der Kurs ist am {ended:dd.MM.yyyy} zu Ende gegangen und erscheint nicht mehr auf der Website. Tragen Sie den nächsten Termin ein oder löschen Sie die Datei.",
                $"The course ended on {ended:yyyy-MM-dd} and no longer appears on the website. Enter the next date or delete the file.");
        }
    }

    public override IEnumerable<FactView> Facts(OfferDetails details, FactBuilder facts)
    {
        var course = (LanguageCourse)details;
        yield return facts.Fact("course_type", [facts.Label(LanguageCourseFields.Lists.CourseTypes, course.CourseType)]);
        if (course.LevelFrom is not null || course.LevelTo is not null)
        {
            var level = course.LevelFrom == course.LevelTo || course.LevelTo is null ? course.LevelFrom! :
                course.LevelFrom is null ? course.LevelTo : $"{course.LevelFrom} – {course.LevelTo}";
            yield return facts.Fact("level", [level]);
        }
        if (course.Start is { } start) yield return facts.Fact("start", [facts.Date(start)]);
        if (course.End is { } end) yield return facts.Fact("end", [facts.Date(end)]);
        if (course.ContinuousEntry) yield return facts.Fact("dates", [facts.Ui("field.continuous_entry")]);
        if (course.Childcare is { } childcare) yield return facts.Fact("childcare", [facts.YesNo(childcare)]);
        if (course.BamfApproved is { } approved) yield return facts.Fact("bamf_approved", [facts.YesNo(approved)]);
        if (facts.OptionalRecord(course.Exemption) is { } exemption) yield return facts.Fact("exemption", [exemption]);
        if (course.Places is { } places) yield return facts.Fact("places", [facts.Label(LanguageCourseFields.Lists.Places, places)]);
    }

    /// <summary>The course filters of the search page (site.js): type, levels covered, childcare, rolling entry, start.</summary>
    public override void WriteSearchData(OfferDetails details, Utf8JsonWriter json, ClosedLists lists)
    {
        var course = (LanguageCourse)details;
        var levels = lists[LanguageCourseFields.Lists.Levels];
        var from = course.LevelFrom is null ? 0 : lists.Rank(LanguageCourseFields.Lists.Levels, course.LevelFrom);
        var to = course.LevelTo is null ? levels.Count - 1 : lists.Rank(LanguageCourseFields.Lists.Levels, course.LevelTo);
        json.WriteStartObject("c");
        json.WriteString("ty", course.CourseType);
        json.WriteStringArray("lv", levels.Skip(Math.Max(0, from)).Take(Math.Max(0, to - from + 1)));
        json.WriteNumber("cc", course.Childcare == true ? 1 : 0);
        json.WriteNumber("ce", course.ContinuousEntry ? 1 : 0);
        // The start as recorded, also when the build's day is past it: site.js compares it with the visitor's day,
        // which is later than the build's when the data comes from the offline cache. Null when there is none: the
        // script finds every key of a course.
        if (course.Start is { } start) json.WriteString("st", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else json.WriteNull("st");
        json.WriteEndObject();
    }

    public override string? Accreditation(OfferDetails details, Func<string, string?> germanName) =>
        ((LanguageCourse)details).BamfApproved == true ? "BAMF-zugelassener Träger" : null;
}
