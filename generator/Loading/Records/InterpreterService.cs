namespace Angebotsverzeichnis.Loading.Records;

/// <summary>Interpreting or translation, always between German and the languages in <see cref="LanguagePairs"/>.</summary>
public sealed record InterpreterService : OfferDetails
{
    public override OfferKind Kind => OfferKind.InterpreterService;
    public required IReadOnlyList<string> LanguagePairs { get; init; }
    public required IReadOnlyList<string> Modes { get; init; }
    public required IReadOnlyList<string> Subjects { get; init; }
    public required string Qualification { get; init; }
    public LocalizedText? Booking { get; init; }
    /// <summary>A private individual who consented to be listed; null otherwise.</summary>
    public PrivatePerson? Person { get; init; }
}
