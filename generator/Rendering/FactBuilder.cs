using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Rendering.Views;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// Makes the facts of a detail page ("Kursart: Integrationskurs") in one language: the heading from the translations
/// ("field.NAME"), the values as labels, names, dates or texts of that language, each marked when it falls back.
/// </summary>
public sealed class FactBuilder(LanguageTexts texts)
{
    public FactView Fact(string name, IEnumerable<object> values) =>
        new(texts.Ui("field." + name), values.Select(v => new FactValue(v)).ToList(), name);

    /// <summary>The label of a value of a closed list ("kursarten.integrationskurs").</summary>
    public object Label(string list, string value) => texts.Label(list, value);

    public IEnumerable<object> Labels(string list, IEnumerable<string> values) => values.Select(v => (object)texts.Label(list, v));

    public IEnumerable<object> LanguageNames(IEnumerable<string> codes) => codes.Select(code => (object)texts.LanguageName(code));

    public object YesNo(bool value) => texts.Ui(value ? "value.yes" : "value.no");

    public object Date(DateOnly date) => texts.Date(date);

    public object Ui(string key) => texts.Ui(key);

    /// <summary>The record's text in this language (or the source language, marked), or null when the record has none.</summary>
    public object? OptionalRecord(LocalizedText? text) => texts.OptionalRecord(text);
}
