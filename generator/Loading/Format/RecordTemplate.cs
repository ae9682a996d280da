using System.Text;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Loading.Format;

/// <summary>
/// The text of a new, empty record file: every field present, each explained by a comment, allowed values listed.
/// Empty optional fields count as absent, so an editor fills in what applies and leaves the rest.
/// </summary>
public static class RecordTemplate
{
    public static string For(OfferKind kind, SiteSettings settings, DateOnly today)
    {
        var text = new StringBuilder();
        text.AppendLine(RecordSchemas.ModelineFor(kind));
        text.AppendLine($"# Neuer Datensatz in {kind.Folder}. Felder mit (Pflicht) müssen ausgefüllt sein, die anderen dürfen leer bleiben.");
        text.AppendLine("# Texte stehen je Sprache in einer eigenen Zeile (de: …, en: …, tr: …); Deutsch ist Pflicht.");
        text.AppendLine();
        foreach (var field in RecordFormat.Common) Append(text, field, settings, today, indent: "");
        text.AppendLine();
        text.AppendLine($"# Felder für {kind.Folder}");
        foreach (var field in RecordFormat.Specific(kind)) Append(text, field, settings, today, indent: "");
        return text.ToString();
    }

    private static void Append(StringBuilder text, FieldSpec field, SiteSettings settings, DateOnly today, string indent)
    {
        text.Append(indent).Append("# ").Append(field.Description);
        if (field.Required) text.Append(" (Pflicht)");
        var allowed = AllowedValues(field, settings);
        if (allowed is not null) text.Append(" Erlaubt: ").Append(allowed).Append('.');
        text.AppendLine();
        text.Append(indent).Append(field.Name).Append(':');
        switch (field.Type)
        {
            case FieldType.LocalizedText or FieldType.LocalizedMarkdown:
                text.AppendLine().Append(indent).Append("  ").Append(settings.SourceLanguage).AppendLine(":");
                break;
            case FieldType.LanguageCodes or FieldType.ListValues or FieldType.Towns:
                text.AppendLine(" []");
                break;
            case FieldType.Date when field.Name == "geprueft_am":
                text.Append(' ').AppendLine(today.ToString("yyyy-MM-dd"));
                break;
            case FieldType.YesNo when field.Name == "veroeffentlicht":
                text.AppendLine(" nein");
                break;
            case FieldType.Block:
                text.AppendLine();
                foreach (var child in field.Children) Append(text, child, settings, today, indent + "  ");
                break;
            case FieldType.BlockList:
                text.AppendLine();
                var first = true;
                foreach (var child in field.Children)
                {
                    var itemIndent = indent + "    ";
                    text.Append(itemIndent).Append("# ").Append(child.Description);
                    var values = AllowedValues(child, settings);
                    if (values is not null) text.Append(" Erlaubt: ").Append(values).Append('.');
                    text.AppendLine();
                    text.Append(indent).Append(first ? "  - " : "    ").Append(child.Name).AppendLine(child.Type == FieldType.ListValues ? ": []" : ":");
                    first = false;
                }
                break;
            default:
                text.AppendLine();
                break;
        }
    }

    private static string? AllowedValues(FieldSpec field, SiteSettings settings) => field.Type switch
    {
        FieldType.ListValue or FieldType.ListValues => string.Join(", ", settings.Lists[field.List!]),
        FieldType.Town or FieldType.Towns => string.Join(", ", settings.Towns.Select(t => t.Name)),
        FieldType.YesNo => "ja, nein",
        _ => null,
    };
}
