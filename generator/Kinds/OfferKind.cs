using System.Text.Json;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Rendering;
using Angebotsverzeichnis.Rendering.Views;
using Angebotsverzeichnis.Validation;

namespace Angebotsverzeichnis.Kinds;

/// <summary>
/// A kind of record (language courses, interpreter services …) with everything the stages ask of it, so that no
/// stage names a kind: its fields, the checks beyond what the fields say, its facts on the detail page, its place in
/// imports, leaflets and machine-readable data. A kind is a folder under generator/Kinds/, its labels in
/// translations/ ("kind.FOLDER.title", "field.…") and one line in <see cref="OfferKinds"/>; docs/neue-angebotsart.md
/// says how to add one.
/// </summary>
public abstract class OfferKind
{
    /// <summary>The folder under content/, the URL segment of its pages and its key in the translations ("kind.sprachkurse.title").</summary>
    public abstract string Folder { get; }

    /// <summary>The file name of its JSON Schema, without ".schema.json".</summary>
    public abstract string SchemaName { get; }

    /// <summary>The kind's name in other systems' English-named exports ("course").</summary>
    public abstract string EnglishName { get; }

    /// <summary>The fields only this kind has, in the order the "new" command writes them; declared here and nowhere else.</summary>
    public abstract IReadOnlyList<FieldSpec> Fields { get; }

    /// <summary>The typed view of the values read from a record file of this kind.</summary>
    public abstract OfferDetails Create(FieldValues values);

    /// <summary>Rules that the field declarations do not say (a range, a date in the past, consent); the lists and formats are checked for every kind.</summary>
    public virtual void Check(OfferDetails details, RecordChecks checks) { }

    /// <summary>The facts of the detail page that only this kind has, before the facts every offer has.</summary>
    public abstract IEnumerable<FactView> Facts(OfferDetails details, FactBuilder facts);

    /// <summary>What schema.org type a page of this kind describes itself as.</summary>
    public virtual SchemaOrgShape SchemaOrgShape => SchemaOrgShape.Service;

    /// <summary>Places on a town's leaflet, chosen so that a bilingual leaflet fits on two A4 pages.</summary>
    public virtual int LeafletPlaces => 3;

    /// <summary>Closed lists of this kind whose values are international codes shown as they are (A1, B2): they need no translated labels.</summary>
    public virtual IReadOnlyList<string> ListsShownVerbatim => [];

    /// <summary>Closed lists whose values the course filters of the search page offer (FilterView.Options).</summary>
    public virtual IReadOnlyList<string> FilterLists => [];

    /// <summary>
    /// Fields of closed-list values the search page filters this kind by, each a select of its own ("Fachrichtung");
    /// the search data carries their values.
    /// </summary>
    public virtual IReadOnlyList<SearchFilter> SearchFilters => [];

    /// <summary>Records of this kind may be named as the provider of other records ("traeger: organisation: …").</summary>
    public virtual bool ProvidesOrganisations => false;

    /// <summary>Writes what the search page's filters of this kind need about one offer, if the kind has filters of its own.</summary>
    public virtual void WriteSearchData(OfferDetails details, Utf8JsonWriter json, ClosedLists lists) { }

    /// <summary>What the provider is accredited or qualified as, in German, for the open data (HSDS); null when nothing is known.</summary>
    public virtual string? Accreditation(OfferDetails details, Func<string, string?> germanName) => null;

    /// <summary>The English keys of other systems' exports for this kind's fields.</summary>
    public virtual IReadOnlyList<FieldAlias> EnglishFields => [];

    /// <summary>The field of action (handlungsfeld) of an imported record that does not say.</summary>
    public abstract string ImportedFieldOfAction { get; }

    /// <summary>Values for required fields of this kind that other sources do not keep, set only when the input does not give them.</summary>
    public virtual IReadOnlyList<(string Field, object Value)> ImportDefaults => [];

    public override string ToString() => Folder;
}
