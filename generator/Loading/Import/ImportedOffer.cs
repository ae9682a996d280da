using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Loading.Import;

/// <summary>
/// One record read from an import file, already in the terms of our record format: values keyed by our German
/// field names (<see cref="Format.RecordFormat"/>), ready for <see cref="RecordWriter"/>.
/// </summary>
public sealed class ImportedOffer(string id, OfferKind kind, SourcePosition origin)
{
    public string Id { get; } = id;
    public OfferKind Kind { get; } = kind;
    /// <summary>Where the record starts in the input file.</summary>
    public SourcePosition Origin { get; } = origin;
    public RecordValues Values { get; } = new(origin);
}

/// <summary>The texts of a localized field, by language code, in the order they were given.</summary>
public sealed record LocalizedValues(IReadOnlyList<KeyValuePair<string, string>> Texts)
{
    public string? In(string language) => Texts.FirstOrDefault(t => t.Key == language).Value;
}

/// <summary>
/// The values of one block of a record, keyed by field name. A value is a <see cref="string"/>, a <see cref="bool"/>
/// (yes/no fields), an <see cref="IReadOnlyList{T}"/> of strings (lists of codes or list values),
/// <see cref="LocalizedValues"/>, a nested <see cref="RecordValues"/> (blocks such as "adresse") or an
/// <see cref="IReadOnlyList{T}"/> of <see cref="RecordValues"/> ("zeiten"). Each value remembers where it was written.
/// </summary>
public sealed class RecordValues(SourcePosition position)
{
    private readonly Dictionary<string, (object Value, SourcePosition Position)> _values = new(StringComparer.Ordinal);

    public SourcePosition Position { get; } = position;

    public bool Has(string name) => _values.ContainsKey(name);

    public object? Get(string name) => _values.TryGetValue(name, out var entry) ? entry.Value : null;

    public SourcePosition PositionOf(string name) => _values.TryGetValue(name, out var entry) ? entry.Position : Position;

    public IEnumerable<string> Names => _values.Keys;

    /// <summary>Sets a value; false when the field was already set (given twice in the input).</summary>
    public bool TrySet(string name, object value, SourcePosition position) => _values.TryAdd(name, (value, position));

    /// <summary>The nested block of that name, created when absent; null when the name holds something else.</summary>
    public RecordValues? Block(string name, SourcePosition position)
    {
        if (_values.TryGetValue(name, out var entry)) return entry.Value as RecordValues;
        var block = new RecordValues(position);
        _values[name] = (block, position);
        return block;
    }

    /// <summary>Drops nested blocks that ended up without values, so that no empty block is written.</summary>
    public void RemoveEmptyBlocks()
    {
        foreach (var name in _values.Keys.ToList())
        {
            if (_values[name].Value is not RecordValues block) continue;
            block.RemoveEmptyBlocks();
            if (!block._values.Any()) _values.Remove(name);
        }
    }

    /// <summary>Every text in this block and below, with the field path and where it was written.</summary>
    public IEnumerable<(string Path, string Text, SourcePosition Position)> Texts(string prefix = "")
    {
        foreach (var (name, (value, position)) in _values)
        {
            var path = prefix + name;
            switch (value)
            {
                case string text:
                    yield return (path, text, position);
                    break;
                case IReadOnlyList<string> list:
                    for (var i = 0; i < list.Count; i++) yield return ($"{path}[{i}]", list[i], position);
                    break;
                case LocalizedValues localized:
                    foreach (var (language, text) in localized.Texts) yield return ($"{path}.{language}", text, position);
                    break;
                case RecordValues block:
                    foreach (var inner in block.Texts(path + ".")) yield return inner;
                    break;
                case IReadOnlyList<RecordValues> blocks:
                    for (var i = 0; i < blocks.Count; i++)
                        foreach (var inner in blocks[i].Texts($"{path}[{i}].")) yield return inner;
                    break;
            }
        }
    }
}
