using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Angebotsverzeichnis.Translation;

/// <summary>
/// The translators' file: XLIFF 1.2, the version every translation tool and the Translate Toolkit read. One
/// &lt;file&gt; for the records (a &lt;group&gt; per record) and one for the interface texts; each unit carries
/// the record, kind and field as context, the fingerprint of its German source (so an import can tell whether the
/// German text changed since), a note for the translator, and for a stale text the current translation as a target
/// to review.
/// </summary>
public static class XliffFile
{
    public static readonly XNamespace Ns = "urn:oasis:names:tc:xliff:document:1.2";
    public const string FingerprintContext = "x-source-fingerprint";
    private const string ToolId = "angebotsverzeichnis";
    public const string RecordsOriginal = "content";
    public const string InterfaceOriginal = "translations";

    public static string Write(IReadOnlyList<TranslationUnit> units, string sourceLanguage, string targetLanguage)
    {
        var root = new XElement(Ns + "xliff", new XAttribute("version", "1.2"),
            File(RecordsOriginal, sourceLanguage, targetLanguage,
                "Texte der Angebote. Je Angebot eine Gruppe; Markdown in Beschreibungen bleibt Markdown.",
                units.Where(u => !u.IsInterfaceText).GroupBy(u => $"{u.Kind}/{u.RecordId}").Select(record =>
                    new XElement(Ns + "group", new XAttribute("id", record.Key), new XAttribute("resname", record.First().RecordId!),
                        record.Select(Unit)))),
            File(InterfaceOriginal, sourceLanguage, targetLanguage,
                "Oberflächentexte der Website (Menüs, Schaltflächen, Hinweise).",
                units.Where(u => u.IsInterfaceText).Select(Unit)));
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriterUtf8(text), settings)) new XDocument(root).Save(writer);
        return text.Append('\n').ToString();
    }

    private static XElement File(string original, string source, string target, string note, IEnumerable<XElement> body) =>
        new(Ns + "file",
            new XAttribute("original", original), new XAttribute("source-language", source), new XAttribute("target-language", target),
            new XAttribute("datatype", "plaintext"), new XAttribute("tool-id", ToolId),
            new XElement(Ns + "header",
                new XElement(Ns + "tool", new XAttribute("tool-id", ToolId), new XAttribute("tool-name", "Angebotsverzeichnis Ennepe-Ruhr-Kreis")),
                new XElement(Ns + "note", note)),
            new XElement(Ns + "body", body));

    private static XElement Unit(TranslationUnit unit)
    {
        var element = new XElement(Ns + "trans-unit", new XAttribute("id", unit.Id), new XAttribute("resname", unit.Field),
            new XAttribute(XNamespace.Xml + "space", "preserve"));
        if (unit.MaxLength is { } limit)
        {
            element.Add(new XAttribute("maxwidth", limit), new XAttribute("size-unit", "char"));
        }
        element.Add(new XElement(Ns + "source", unit.Source));
        if (unit.Translation is { } current) element.Add(new XElement(Ns + "target", new XAttribute("state", "needs-review-translation"), current));
        element.Add(new XElement(Ns + "note", new XAttribute("from", ToolId),
            unit.State == UnitState.Stale ? $"Der deutsche Text hat sich geändert; bitte die Übersetzung prüfen und anpassen. {unit.Note}" : unit.Note));
        var context = new XElement(Ns + "context-group", new XAttribute("purpose", "information"));
        if (unit.Kind is not null) context.Add(new XElement(Ns + "context", new XAttribute("context-type", "x-kind"), unit.Kind));
        if (unit.RecordId is not null) context.Add(new XElement(Ns + "context", new XAttribute("context-type", "record"), unit.RecordId));
        context.Add(new XElement(Ns + "context", new XAttribute("context-type", "x-field"), unit.Field));
        context.Add(new XElement(Ns + "context", new XAttribute("context-type", FingerprintContext), unit.SourceFingerprint));
        element.Add(context);
        return element;
    }

    /// <summary>A translated unit read back: its id, the fingerprint of the German text it was exported with, and the translation.</summary>
    public sealed record ReturnedUnit(string Id, string? SourceFingerprint, string? Target, int Line);

    /// <summary>Reads a returned file; untrusted, so no DTD and no external entities.</summary>
    public static (string? TargetLanguage, IReadOnlyList<ReturnedUnit> Units) Read(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 50_000_000 };
        using var reader = XmlReader.Create(path, settings);
        var document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        var language = (string?)document.Descendants(Ns + "file").FirstOrDefault()?.Attribute("target-language");
        return (language, document.Descendants(Ns + "trans-unit").Select(unit => new ReturnedUnit(
            (string?)unit.Attribute("id") ?? "",
            unit.Descendants(Ns + "context").FirstOrDefault(c => (string?)c.Attribute("context-type") == FingerprintContext)?.Value.Trim(),
            unit.Element(Ns + "target")?.Value,
            ((IXmlLineInfo)unit).LineNumber)).ToList());
    }

    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
