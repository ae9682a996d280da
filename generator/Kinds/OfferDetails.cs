using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;

namespace Angebotsverzeichnis.Kinds;

/// <summary>
/// The part of a record that depends on its kind: the values of the kind's fields, read by their declarations, with
/// typed properties for the kind's own code. What several stages ask of every kind (dates, a person, the towns
/// served) is answered here, by default with nothing.
/// </summary>
public abstract record OfferDetails(FieldValues Values)
{
    public abstract OfferKind Kind { get; }

    /// <summary>The first day, for offers that run from a date (a course); the calendar and the start filter use it.</summary>
    public virtual DateOnly? Start => null;

    /// <summary>The last day; after it the offer is no longer published.</summary>
    public virtual DateOnly? End => null;

    /// <summary>A private person named with the offer, published only with consent.</summary>
    public virtual PrivatePerson? Person => null;

    /// <summary>Towns beyond its own whose residents the offer serves (a care service's area).</summary>
    public virtual IReadOnlyList<string> AreaServed => [];

    /// <summary>The offer has a waiting list instead of free places.</summary>
    public virtual bool HasWaitingList => false;

    /// <summary>The language level as schema.org's educationalLevel ("A1–B1"), where the offer has one.</summary>
    public virtual string? EducationalLevel => null;

    /// <summary>The kind's texts per language, with their field names, in the order of its fields.</summary>
    public IEnumerable<(string Field, LocalizedText Text)> Texts()
    {
        foreach (var field in Kind.Fields)
        {
            if (field.Type is FieldType.LocalizedText or FieldType.LocalizedMarkdown && Values.Localized(field) is { } text)
                yield return (field.Name, text);
        }
    }
}
