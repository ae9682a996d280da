namespace Angebotsverzeichnis.Loading.Records;

/// <summary>
/// The folder of each kind under content/ is also its URL segment and its key in the translations
/// ("kind.sprachkurse.title"); the schema name is the file name of its JSON Schema.
/// </summary>
public static class OfferKinds
{
    public static readonly IReadOnlyList<OfferKind> All =
        [OfferKind.LanguageCourse, OfferKind.InterpreterService, OfferKind.CareService, OfferKind.MigrantOrganisation];

    public static string Folder(OfferKind kind) => kind switch
    {
        OfferKind.LanguageCourse => "sprachkurse",
        OfferKind.InterpreterService => "dolmetscher",
        OfferKind.CareService => "pflege",
        OfferKind.MigrantOrganisation => "organisationen",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string SchemaName(OfferKind kind) => kind switch
    {
        OfferKind.LanguageCourse => "sprachkurs",
        OfferKind.InterpreterService => "dolmetscher",
        OfferKind.CareService => "pflege",
        OfferKind.MigrantOrganisation => "organisation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static OfferKind? FromFolder(string folder) =>
        All.Cast<OfferKind?>().FirstOrDefault(k => Folder(k!.Value) == folder);
}
