namespace Angebotsverzeichnis.Diagnostics;

/// <summary>
/// Every diagnostic code in one list, so the editors' guide can document each one.
/// AV1xx: file and YAML, AV2xx: fields and types, AV3xx: values and lists, AV4xx: contact formats,
/// AV5xx: references and ids, AV6xx: texts and links, AV7xx: templates, AV8xx: translations and settings, AV9xx: import (problems of the input file, not of content/).
/// </summary>
public static class ProblemCodes
{
    public const string YamlSyntax = "AV101";
    public const string NotUtf8 = "AV102";
    public const string FileTooLarge = "AV103";
    public const string TooDeep = "AV104";
    public const string AnchorOrAlias = "AV105";
    public const string DuplicateKey = "AV106";
    public const string ControlCharacter = "AV107";
    public const string EmptyFile = "AV108";
    public const string SeveralDocuments = "AV109";
    public const string ComplexKey = "AV110";

    public const string UnknownField = "AV201";
    public const string MissingField = "AV202";
    public const string WrongType = "AV203";
    public const string NotYesNo = "AV204";
    public const string NotADate = "AV205";
    public const string NotATime = "AV206";
    public const string NotANumber = "AV207";
    public const string GermanTextMissing = "AV208";
    public const string EmptyText = "AV209";

    public const string NotInList = "AV301";
    public const string UnknownTown = "AV302";
    public const string UnknownLanguageCode = "AV303";
    public const string LanguageNotOnSite = "AV304";
    public const string RangeReversed = "AV305";
    public const string DuplicateValue = "AV306";
    public const string CoordinatesOutside = "AV307";
    public const string ProviderBothOrNeither = "AV308";
    public const string ReviewOverdue = "AV309";
    public const string CourseEnded = "AV310";

    public const string BadEmail = "AV401";
    public const string BadPhone = "AV402";
    public const string BadWebsite = "AV403";
    public const string BadPostcode = "AV404";
    public const string PostcodeNotInTown = "AV405";
    public const string PrivateContactWithoutConsent = "AV406";

    public const string BadId = "AV501";
    public const string DuplicateId = "AV502";
    public const string UnknownOrganisation = "AV503";
    public const string FileOutsideKindFolder = "AV504";
    public const string IdDiffersFromFileName = "AV505";
    public const string LinkOutsideContent = "AV506";

    public const string RawHtml = "AV601";
    public const string UnsafeLink = "AV602";
    public const string ImageNotAllowed = "AV603";
    public const string TranslationStale = "AV604";
    public const string BadSourceFingerprint = "AV605";
    public const string InvisibleCharacter = "AV606";

    public const string TemplateError = "AV701";
    public const string TemplateCaptureNotAllowed = "AV702";
    public const string PageTooLarge = "AV703";
    public const string BrokenLink = "AV704";
    public const string ChromiumMissing = "AV705";
    public const string FormEditorMissing = "AV706";

    public const string MissingTranslation = "AV801";
    public const string BadSetting = "AV802";
    public const string TranslationFileMissing = "AV803";
    public const string ImprintIncomplete = "AV804";
    public const string AccessibilityStatementIncomplete = "AV805";
    public const string AccessibilityStatementOutdated = "AV806";
    public const string SignLanguageVideoMissing = "AV807";
    public const string InterfaceTranslationStale = "AV808";

    public const string ImportNotUtf8 = "AV901";
    public const string ImportBadJson = "AV902";
    public const string ImportNotAnObject = "AV903";
    public const string ImportUnknownKind = "AV904";
    public const string ImportMissingId = "AV905";
    public const string ImportBadId = "AV906";
    public const string ImportColumnCount = "AV907";
    public const string ImportUnknownField = "AV908";
    public const string ImportWrongType = "AV909";
    public const string ImportBadQuoting = "AV910";
    public const string ImportDuplicateId = "AV911";
    public const string ImportFieldNotForKind = "AV912";
    public const string ImportControlCharacter = "AV913";
    public const string ImportDuplicateField = "AV914";
}
