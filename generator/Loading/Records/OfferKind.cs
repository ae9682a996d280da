namespace Angebotsverzeichnis.Loading.Records;

public enum OfferKind
{
    LanguageCourse,
    InterpreterService,
    CareService,
    MigrantOrganisation,
}
