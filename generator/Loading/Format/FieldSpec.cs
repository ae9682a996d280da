namespace Angebotsverzeichnis.Loading.Format;

/// <summary>
/// One field of a record file as editors see it: name, what it holds, whether it is required, and a German
/// explanation. The JSON Schemas, the "new" command's record template and the editors' guide are made from these;
/// a test checks that the reader and the schemas agree.
/// </summary>
public sealed record FieldSpec(string Name, FieldType Type, bool Required, string Description, string Example)
{
    public string? List { get; init; }
    public IReadOnlyList<FieldSpec> Children { get; init; } = [];
    /// <summary>A yes/no field that must be "ja" whenever its block is present (consent).</summary>
    public bool MustBeYes { get; init; }

    /// <summary>The value of a yes/no field that a record leaves out, where leaving it out says something ("laufender_einstieg": no).</summary>
    public bool? DefaultYesNo { get; init; }

    /// <summary>The most characters a text of this field may have in any language (a translator's limit), if any.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The field's German name in the form editor; the field name with a capital letter unless set.</summary>
    public string Label
    {
        get => _label ?? char.ToUpperInvariant(Name[0]) + Name[1..];
        init => _label = value;
    }

    private readonly string? _label;
}
