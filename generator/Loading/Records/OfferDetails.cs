namespace Angebotsverzeichnis.Loading.Records;

/// <summary>The part of a record that depends on its kind.</summary>
public abstract record OfferDetails
{
    public abstract OfferKind Kind { get; }
}
