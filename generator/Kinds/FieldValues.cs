using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;

namespace Angebotsverzeichnis.Kinds;

/// <summary>
/// The values of one record's fields (or of one block's), by field name, as <see cref="FieldSpec"/> declares them:
/// text, list of words, yes/no, date, time, number, text per language, block, or list of blocks. A field the record
/// does not give has no value; a yes/no field then has its declared default.
/// </summary>
public sealed class FieldValues(IReadOnlyDictionary<string, object> values)
{
    public static readonly FieldValues None = new(new Dictionary<string, object>());

    /// <summary>The value as read, or null when the record does not give the field.</summary>
    public object? this[FieldSpec field] => values.GetValueOrDefault(field.Name);

    public string? Text(FieldSpec field) => (string?)this[field];

    public IReadOnlyList<string> Words(FieldSpec field) => (IReadOnlyList<string>?)this[field] ?? [];

    public bool? YesNo(FieldSpec field) => (bool?)this[field] ?? field.DefaultYesNo;

    public DateOnly? Date(FieldSpec field) => (DateOnly?)this[field];

    public TimeOnly? Time(FieldSpec field) => (TimeOnly?)this[field];

    public double? Number(FieldSpec field) => (double?)this[field];

    public LocalizedText? Localized(FieldSpec field) => (LocalizedText?)this[field];

    public FieldValues? Block(FieldSpec field) => (FieldValues?)this[field];

    public IReadOnlyList<FieldValues> Blocks(FieldSpec field) => (IReadOnlyList<FieldValues>?)this[field] ?? [];
}
