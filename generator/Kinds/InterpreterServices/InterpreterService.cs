using Angebotsverzeichnis.Loading.Records;
using F = Angebotsverzeichnis.Kinds.InterpreterServices.InterpreterServiceFields;

namespace Angebotsverzeichnis.Kinds.InterpreterServices;

/// <summary>Interpreting or translation, by an organisation or (with consent) a freelance person.</summary>
public sealed record InterpreterService(FieldValues Values) : OfferDetails(Values)
{
    public override OfferKind Kind => InterpreterServiceKind.Instance;
    /// <summary>The languages interpreted to and from German.</summary>
    public IReadOnlyList<string> LanguagePairs => Values.Words(F.LanguagePairs);
    public IReadOnlyList<string> Modes => Values.Words(F.Modes);
    public IReadOnlyList<string> Subjects => Values.Words(F.Subjects);
    public string Qualification => Values.Text(F.Qualification)!;
    public LocalizedText? Booking => Values.Localized(F.Booking);

    public override PrivatePerson? Person => Values.Block(F.Person) is { } person
        ? new PrivatePerson(person.Text(F.PersonName)!, person.Text(F.PersonPhone), person.Text(F.PersonEmail), person.YesNo(F.Consent) ?? false)
        : null;
}
