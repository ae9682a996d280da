using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;

namespace Angebotsverzeichnis.Loading.Import;

/// <summary>
/// Writes an imported record as a YAML record file in the style of the hand-written ones: the schema modeline first,
/// fields in <see cref="RecordFormat"/> order, a blank line before the kind-specific fields, one line per language
/// for texts, "|" blocks for texts of several lines, lists in brackets, postcodes, phone numbers and times in
/// quotation marks, "ja"/"nein" for yes and no. A value is written plain only where YAML reads back exactly the same
/// text; otherwise it is written in double quotation marks with escapes. The loader reads back the imported values.
/// </summary>
public static partial class RecordWriter
{
    private const int Step = 2;

    /// <param name="languageOrder">The site's language codes; texts are written in this order, other languages after them.</param>
    public static string Write(ImportedOffer offer, IReadOnlyList<string> languageOrder)
    {
        var text = new StringBuilder(4096);
        text.Append(RecordSchemas.ModelineFor(offer.Kind)).Append('\n');
        foreach (var field in RecordFormat.Common) Field(text, field, offer.Values, 0, languageOrder);
        var specific = RecordFormat.Specific(offer.Kind);
        if (specific.Any(f => offer.Values.Has(f.Name)))
        {
            text.Append('\n');
            foreach (var field in specific) Field(text, field, offer.Values, 0, languageOrder);
        }
        return text.ToString();
    }

    private static void Field(StringBuilder text, FieldSpec field, RecordValues values, int indent, IReadOnlyList<string> languageOrder)
    {
        var value = values.Get(field.Name);
        if (value is null) return;
        var pad = new string(' ', indent);
        switch (field.Type)
        {
            case FieldType.LocalizedText or FieldType.LocalizedMarkdown:
            {
                if (value is not LocalizedValues localized || localized.Texts.Count == 0) return;
                text.Append(pad).Append(field.Name).Append(":\n");
                // A translation imported beside its German text was made from it: it records that text's fingerprint.
                var source = languageOrder.Count > 0 ? localized.Texts.FirstOrDefault(t => t.Key == languageOrder[0]).Value : null;
                foreach (var (language, body) in Ordered(localized, languageOrder))
                {
                    text.Append(pad).Append(' ', Step).Append(Key(language)).Append(':');
                    Text(text, body, indent + Step);
                    if (source is null || language == languageOrder[0]) continue;
                    text.Append(pad).Append(' ', Step).Append(SourceFingerprint.KeyFor(language)).Append(": ").Append(SourceFingerprint.Of(source)).Append('\n');
                }
                return;
            }
            case FieldType.Block:
            {
                if (value is not RecordValues block || !block.Names.Any()) return;
                if (field.Name == "koordinaten" && field.Children.All(c => block.Get(c.Name) is string n && IsPlainNumber(n)))
                {
                    // As the hand-written records have it: koordinaten: { breite: 51.4370, laenge: 7.3350 }
                    text.Append(pad).Append(field.Name).Append(": { ")
                        .AppendJoin(", ", field.Children.Select(c => $"{c.Name}: {block.Get(c.Name)}")).Append(" }\n");
                    return;
                }
                text.Append(pad).Append(field.Name).Append(":\n");
                foreach (var child in field.Children) Field(text, child, block, indent + Step, languageOrder);
                return;
            }
            case FieldType.BlockList:
            {
                if (value is not IReadOnlyList<RecordValues> items || items.Count == 0) return;
                text.Append(pad).Append(field.Name).Append(":\n");
                foreach (var item in items)
                {
                    // Each entry's fields at indent + 4; the first line's indentation becomes "  - ".
                    var entry = new StringBuilder();
                    foreach (var child in field.Children) Field(entry, child, item, indent + 2 * Step, languageOrder);
                    if (entry.Length == 0) continue;
                    text.Append(pad).Append(' ', Step).Append("- ").Append(entry, indent + 2 * Step, entry.Length - indent - 2 * Step);
                }
                return;
            }
        }
        text.Append(pad).Append(field.Name).Append(": ");
        switch (field.Type)
        {
            case FieldType.LanguageCodes or FieldType.ListValues or FieldType.Towns:
                var list = value as IReadOnlyList<string> ?? [value.ToString()!];
                text.Append('[').AppendJoin(", ", list.Select(FlowScalar)).Append(']');
                break;
            case FieldType.YesNo when value is bool yes:
                text.Append(yes ? "ja" : "nein");
                break;
            case FieldType.Phone or FieldType.Postcode or FieldType.Time:
                text.Append(Quoted(value.ToString()!));
                break;
            case FieldType.Date when value is string date && IsoDate().IsMatch(date):
                text.Append(date);
                break;
            case FieldType.Number when value is string number && IsPlainNumber(number):
                text.Append(number);
                break;
            default:
                text.Append(Scalar(value is bool b ? (b ? "ja" : "nein") : value.ToString()!));
                break;
        }
        text.Append('\n');
    }

    private static IEnumerable<KeyValuePair<string, string>> Ordered(LocalizedValues localized, IReadOnlyList<string> languageOrder) =>
        localized.Texts
            .Select((t, i) => (Text: t, Rank: IndexOf(languageOrder, t.Key), Given: i))
            .OrderBy(x => x.Rank < 0 ? int.MaxValue : x.Rank)
            .ThenBy(x => x.Given)
            .Select(x => x.Text);

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }

    /// <summary>What follows "xx:" for a language's text (with the line break at its end), for a key indented by <paramref name="keyIndent"/>.</summary>
    public static string TextAfterKey(string body, int keyIndent)
    {
        var text = new StringBuilder();
        Text(text, body, keyIndent);
        return text.ToString();
    }

    /// <summary>A language's text after "xx:": plain or quoted on the same line, or a "|" block below it for several lines.</summary>
    private static void Text(StringBuilder text, string body, int keyIndent)
    {
        if (body.Contains('\n') && CanBeLiteralBlock(body))
        {
            text.Append(" |\n");
            var pad = new string(' ', keyIndent + Step);
            foreach (var line in body.Split('\n'))
            {
                if (line.Length > 0) text.Append(pad).Append(line);
                text.Append('\n');
            }
            return;
        }
        text.Append(' ').Append(Scalar(body)).Append('\n');
    }

    /// <summary>
    /// A literal block keeps every character of its lines. It cannot start with white space (YAML would take it as
    /// indentation), and characters that YAML treats as line breaks or that must be escaped have no place in it.
    /// Trailing white space is no concern: the loader drops it from texts, and so does the import.
    /// </summary>
    private static bool CanBeLiteralBlock(string body)
    {
        var firstLine = body.TrimStart('\n');
        if (firstLine.Length == 0 || char.IsWhiteSpace(firstLine[0])) return false;
        foreach (var c in body)
        {
            if (NeedsEscape(c)) return false;
        }
        return true;
    }

    /// <summary>A single value in block context: plain when that reads back unchanged as a string, else double-quoted.</summary>
    public static string Scalar(string value) => IsPlainSafe(value, inFlow: false) ? value : Quoted(value);

    private static string FlowScalar(string value) => IsPlainSafe(value, inFlow: true) ? value : Quoted(value);

    private static string Key(string key) => IsPlainSafe(key, inFlow: true) ? key : Quoted(key);

    /// <summary>
    /// Conservative: plain only for text that no YAML reader could take as anything else (number, date, yes/no,
    /// null), that has no indicator at the start, no ": " or " #" inside, no surrounding white space and nothing
    /// that needs an escape.
    /// </summary>
    public static bool IsPlainSafe(string value, bool inFlow)
    {
        if (value.Length == 0) return false;
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || value[^1] == ':') return false;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0])) return false;
        foreach (var c in value)
        {
            if (c is '\n' or '\t' || NeedsEscape(c)) return false;
            if (inFlow && c is ',' or '[' or ']' or '{' or '}' or ':' or '#') return false;
        }
        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal)) return false;
        if (value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal)) return false;
        if (LooksTyped().IsMatch(value)) return false;
        return true;
    }

    /// <summary>A double-quoted YAML scalar; every character that is not plainly printable is escaped.</summary>
    public static string Quoted(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (NeedsEscape(c)) text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        return text.Append('"').ToString();
    }

    /// <summary>Control characters, YAML's extra line breaks (U+0085, U+2028, U+2029) and the byte order mark.</summary>
    private static bool NeedsEscape(char c) =>
        (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\uFEFF';

    private static bool IsPlainNumber(string value) => PlainNumber().IsMatch(value);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex PlainNumber();

    /// <summary>What YAML 1.1 or 1.2 would read as null, a boolean, a number, a date or a time instead of a string.</summary>
    [GeneratedRegex(@"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)|[-+]?\.?[0-9][0-9a-zA-Z_.:+\- ]*)$")]
    private static partial Regex LooksTyped();
}
