using Angebotsverzeichnis.Kinds;
using Angebotsverzeichnis.Loading.Format;

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
    public const string Weekdays = "wochentage";

    /// <summary>The values of the "durchfuehrungsarten" list, which the filter, the schema.org data and the open data give a meaning.</summary>
    public const string OnSite = "vor-ort";
    public const string Online = "online";
    public const string OnSiteAndOnline = "beides";

    public static readonly IReadOnlyList<string> DeliveryValues = [OnSite, Online, OnSiteAndOnline];

    /// <summary>The lists site.yaml must give: those of the fields every record has, and those each kind's fields name.</summary>
    public static readonly IReadOnlyList<string> Required =
    [
        TargetGroups, FieldsOfAction, Accessibility, Delivery,
        .. OfferKinds.All.SelectMany(k => ListsOf(k.Fields)).Distinct(),
        Weekdays,
    ];

    /// <summary>Lists whose values are international codes shown as they are (A1, B2), so they need no translated labels.</summary>
    public static readonly IReadOnlyList<string> ShownVerbatim = [.. OfferKinds.All.SelectMany(k => k.ListsShownVerbatim)];

    private static IEnumerable<string> ListsOf(IEnumerable<FieldSpec> fields) =>
        fields.SelectMany(f => ListsOf(f.Children).Prepend(f.List)).OfType<string>();

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
