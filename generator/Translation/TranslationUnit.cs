namespace Angebotsverzeichnis.Translation;

/// <summary>Whether a text has no translation in the target language yet, or one made from an earlier German text.</summary>
public enum UnitState { Missing, Stale }

/// <summary>
/// One text to translate: a field of a record ("sprachkurse/kurs-a/beschreibung") or an interface text
/// ("ui/detail.call"), with its German source, the fingerprint of that source, and the current translation if any.
/// </summary>
public sealed record TranslationUnit(string Id, string Source, string SourceFingerprint, string? Translation, UnitState State)
{
    /// <summary>The record's kind folder and id, or null for an interface text.</summary>
    public string? Kind { get; init; }
    public string? RecordId { get; init; }
    /// <summary>The field ("beschreibung") or the interface key ("detail.call").</summary>
    public required string Field { get; init; }
    /// <summary>What the translator should know: what the field is, its limit, Markdown.</summary>
    public required string Note { get; init; }
    public int? MaxLength { get; init; }

    public bool IsInterfaceText => RecordId is null;

    public const string InterfacePrefix = "ui/";
}
