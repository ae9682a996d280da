namespace Angebotsverzeichnis.Loading.Settings;

/// <summary>
/// The closed lists of allowed values ("zielgruppen", "kursarten", …), read from the settings.
/// The list name is also the translation group of the values' display names.
/// </summary>
public sealed class ClosedLists(IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
{
    public const string TargetGroups = "zielgruppen";
    public const string FieldsOfAction = "handlungsfelder";
    public const string Accessibility = "barrierefreiheit";
    public const string Delivery = "durchfuehrungsarten";
    public const string CourseTypes = "kursarten";
    public const string Levels = "niveaus";
    public const string Places = "plaetze";
    public const string Modes = "einsatzarten";
    public const string Subjects = "fachgebiete";
    public const string Qualifications = "qualifikationen";
    public const string ServiceTypes = "dienstarten";
    public const string CulturalFeatures = "kulturelle_merkmale";
    public const string Focus = "schwerpunkte";
    public const string Weekdays = "wochentage";

    /// <summary>The value of the "plaetze" list the coverage report counts as a waiting list.</summary>
    public const string WaitingList = "warteliste";

    /// <summary>The values of the "durchfuehrungsarten" list, which the filter, the schema.org data and the open data give a meaning.</summary>
    public const string OnSite = "vor-ort";
    public const string Online = "online";
    public const string OnSiteAndOnline = "beides";

    public static readonly IReadOnlyList<string> DeliveryValues = [OnSite, Online, OnSiteAndOnline];

    public static readonly IReadOnlyList<string> Required =
    [
        TargetGroups, FieldsOfAction, Accessibility, Delivery, CourseTypes, Levels, Places, Modes, Subjects,
        Qualifications, ServiceTypes, CulturalFeatures, Focus, Weekdays,
    ];

    /// <summary>Lists whose values are international codes shown as they are (A1, B2), so they need no translated labels.</summary>
    public static readonly IReadOnlyList<string> ShownVerbatim = [Levels];

    public IReadOnlyList<string> this[string name] => lists.TryGetValue(name, out var values) ? values : [];

    public IEnumerable<string> Names => lists.Keys;

    public bool Contains(string name, string value) => this[name].Contains(value, StringComparer.Ordinal);

    /// <summary>The position of a value in its list, for ordered lists such as the CEFR levels; -1 when absent.</summary>
    public int Rank(string name, string value) => IndexOf(this[name], value);

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++) if (values[i] == value) return i;
        return -1;
    }
}
