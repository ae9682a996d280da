namespace Angebotsverzeichnis.Loading.Format;

/// <summary>What an editor may write as the value of a field.</summary>
public enum FieldType
{
    Text,
    /// <summary>One text per site language; the source language is required.</summary>
    LocalizedText,
    /// <summary>Like <see cref="LocalizedText"/>, written in Markdown.</summary>
    LocalizedMarkdown,
    YesNo,
    Date,
    Time,
    Number,
    Town,
    Towns,
    LanguageCodes,
    /// <summary>One value of the closed list named in <see cref="FieldSpec.List"/>.</summary>
    ListValue,
    /// <summary>Several values of the closed list named in <see cref="FieldSpec.List"/>.</summary>
    ListValues,
    Phone,
    Email,
    Website,
    Postcode,
    RecordId,
    Block,
    BlockList,
}
