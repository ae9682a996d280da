using Angebotsverzeichnis.Kinds;
using Angebotsverzeichnis.Loading.Format;

namespace Angebotsverzeichnis.Loading;

/// <summary>
/// Reads the fields a kind declares, each by its <see cref="FieldSpec"/>: the reader needs no code per field, so what
/// the record format says is what is read.
/// </summary>
public static class DeclaredFieldsReader
{
    /// <summary>The values, or null when a required single value is missing or unreadable (its error is reported).</summary>
    public static FieldValues? Read(FieldReader fields, IReadOnlyList<FieldSpec> specs)
    {
        var values = new Dictionary<string, object>(specs.Count, StringComparer.Ordinal);
        var complete = true;
        foreach (var spec in specs)
        {
            var value = ReadOne(fields, spec);
            if (value is not null) values[spec.Name] = value;
            else if (spec.Required && spec.Type is not (FieldType.ListValues or FieldType.LanguageCodes or FieldType.Towns or FieldType.BlockList)) complete = false;
        }
        return complete ? new FieldValues(values) : null;
    }

    private static object? ReadOne(FieldReader fields, FieldSpec spec) => spec.Type switch
    {
        FieldType.YesNo => fields.YesNo(spec.Name, spec.Required),
        FieldType.Date => fields.Date(spec.Name, spec.Required),
        FieldType.Time => fields.Time(spec.Name, spec.Required),
        FieldType.Number => fields.Number(spec.Name, spec.Required),
        FieldType.ListValues or FieldType.LanguageCodes or FieldType.Towns => NonEmpty(fields.Words(spec.Name, spec.Required)),
        FieldType.LocalizedText or FieldType.LocalizedMarkdown => fields.Localized(spec.Name, spec.Required),
        FieldType.Block => ReadBlock(fields.Block(spec.Name, spec.Required), spec.Children),
        FieldType.BlockList => NonEmpty(fields.Blocks(spec.Name).Select(block => ReadBlock(block, spec.Children)).OfType<FieldValues>().ToList()),
        _ => fields.Text(spec.Name, spec.Required),
    };

    /// <summary>A block whose required values are missing counts as absent; its errors are reported.</summary>
    private static FieldValues? ReadBlock(FieldReader? block, IReadOnlyList<FieldSpec> children)
    {
        if (block is null) return null;
        var values = Read(block, children);
        block.Finish();
        return values;
    }

    private static object? NonEmpty<T>(IReadOnlyList<T> list) => list.Count > 0 ? list : null;
}
