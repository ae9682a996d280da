using Angebotsverzeichnis.Kinds.CareServices;
using Angebotsverzeichnis.Kinds.CounsellingServices;
using Angebotsverzeichnis.Kinds.Doctors;
using Angebotsverzeichnis.Kinds.InterpreterServices;
using Angebotsverzeichnis.Kinds.LanguageCourses;
using Angebotsverzeichnis.Kinds.MigrantOrganisations;

namespace Angebotsverzeichnis.Kinds;

/// <summary>The kinds of record the directory has, in the order the site, the leaflets and the report show them.</summary>
public static class OfferKinds
{
    public static readonly IReadOnlyList<OfferKind> All =
    [
        LanguageCourseKind.Instance,
        InterpreterServiceKind.Instance,
        CareServiceKind.Instance,
        MigrantOrganisationKind.Instance,
        DoctorKind.Instance,
        CounsellingKind.Instance,
    ];

    /// <summary>Where the kind stands in <see cref="All"/>, for ordering records by kind.</summary>
    public static int Rank(OfferKind kind)
    {
        for (var i = 0; i < All.Count; i++) if (All[i] == kind) return i;
        throw new ArgumentException($"{kind} is not registered in OfferKinds.All", nameof(kind));
    }

    public static OfferKind? FromFolder(string folder) => All.FirstOrDefault(k => k.Folder == folder);

    public static OfferKind? FromEnglishName(string name) => All.FirstOrDefault(k => k.EnglishName == name);
}
