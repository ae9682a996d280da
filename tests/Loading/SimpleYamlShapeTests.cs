using System.Text;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Yaml;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Loading;

/// <summary>
/// Record files in the simple shape are read without YamlDotNet, for speed. Whatever the input, the result must be
/// the one YamlDotNet's parser gives: the same tree with the same positions, the same problems.
/// </summary>
public class SimpleYamlShapeTests
{
    /// <summary>Variations of the simple shape, and shapes just outside it.</summary>
    public static TheoryData<string> Snippets => new()
    {
        "ort: Witten", "ort: Witten   ", "ort:     Witten  Mitte", "ort: Witten # Stadt", "ort: Witten: Mitte", "ort: Witten:",
        "ort: -Witten", "ort: - Witten", "ort: @Witten", "ort: `Witten`", "ort: ?Witten", "ort: |Witten", "ort: ]Witten",
        "ort: Wit\"ten's", "ort: Wit[ten]{x}", "ort: Witten\u00a0", "ort: Witten 🙂", "ort: \ufeffWitten", "ort: Wit\tten",
        "ort: &o Witten", "ort: *o", "ort: !!str Witten", "ort:Witten", "ort : Witten", "Ort: Witten", "\"ort\": Witten",
        "ort:\n  Witten", "ort: Witten\n  Mitte", "ort: Witten\nort: Hagen", "ort:\nkreisweit:   \nplaetze:", "ort: ~",
        "ort: \"Witten\"", "ort: ' Witten '", "ort: \"Wit\\u0074en\"", "ort: 'Wit''ten'", "ort: \"Wit\n  ten\"", "ort: \"Witten\" x",
        "website: https://vhs.example.org/kurs#oben", "zeiten-hinweis: x", "? ort\n: Witten", "ort: Witten\n" + new string('k', 1100) + ": x",
        "sprachen: []", "sprachen: [ ]", "sprachen: [ de ,en ]", "sprachen: [de, en,]", "sprachen: [de, , en]", "sprachen: [de,\n  en]",
        "sprachen: [\"de\", en]", "sprachen: [[de], en]", "sprachen: [de] x", "sprachen: [de] # x", "sprachen: [Wetter (Ruhr), Sprockhövel]",
        "sprachen: [a:b, c: d]", "sprachen: [\"de\", 'en']", "sprachen: [ \"de\" , en ]", "sprachen: [\"de\"x]", "sprachen: [\"de\": x]",
        "sprachen: ['it''s']", "sprachen: [\"a\\\"b\"]", "sprachen: [\"a, b]\"]", "sprachen: [\"de\"", "sprachen: [🙂, de]", "sprachen: {a: b}",
        "koordinaten: { breite: \"51.4\", laenge: '7.3' }",
        "sprachen:\n  - de\n  - en", "sprachen:\n  - \"de\"\n  - 'en'", "sprachen:\n- de\n- en", "sprachen:\n  -\n  - en", "sprachen:\n  - - de",
        "sprachen:\n  - |\n    de\n  - en",
        "koordinaten: { breite: 51.4, laenge: 7.3 }", "koordinaten: {breite: 51.4,laenge: 7.3}", "koordinaten: {}", "koordinaten: { breite: 1, breite: 2 }",
        "koordinaten: { breite:1, laenge: 2 }", "koordinaten: { breite: , laenge: 2}", "koordinaten: { breite: 1 } x", "koordinaten: { breite: [1] }",
        "koordinaten: { breite: \"51.4\" }", "koordinaten: { breite: 51.4, }", "koordinaten: { breite: 51.4,\n  laenge: 7.3 }",
        "zeiten:\n  - tage: [mo]\n    von: \"09:00\"\n    bis: \"10:00\"\n  - tage: [di]\n    von: \"10:00\"\n    bis: \"12:00\"",
        "zeiten:\n  -   tage: [mo]\n      von: \"09:00\"", "zeiten:\n  - tage: [mo]\n     von: \"09:00\"", "zeiten:\n  - tage: [mo]\n  von: \"09:00\"",
        "zeiten:\n  - tage:\n    von:", "zeiten:\n  - { tage: [mo, do], von: \"19:30\" }", "zeiten:\n  - tage: [mo]\n    notiz: |\n      Text\n\n      mehr\n",
        "kosten:\n  de: |\n    Zeile eins\n\n    Zeile zwei\n", "kosten:\n  de: |\n    eins\n      eingerückt\n    # kein Kommentar\n",
        "kosten:\n  de: |\n    eins\n\n\n   \n", "kosten:\n  de: |\n    eins   \n", "kosten:\n  de: |\n    eins\n        \n    zwei\n",
        "kosten:\n  de: |\n    eins\n  \n    zwei\n", "kosten:\n  de: |\n\n    eins\n", "kosten:\n  de: |\n      \n    eins\n",
        "kosten:\n  de: |\n  en: x", "kosten:\n  de: |\n      \n  en: x", "kosten:\n  de: |\n\n  en: x", "kosten:\n  de: |\n    eins\n   zwei\n", "kosten:\n  de: |\n    eins\n zwei: drei\n",
        "kosten:\n  de: >\n    eins\n", "kosten:\n  de: |-\n    eins\n", "kosten:\n  de: |+\n    eins\n\n", "kosten:\n  de: |2\n    eins\n",
        "kosten:\n  de: | # Text\n    eins\n", "kosten:\n  de: |\n    eins\n# Kommentar\n  en: |\n    one\n", "kosten:\n  de: \"\"",
        "kosten:\n  de: x\n      # tief\n# flach\n  en: y", "kosten:\n  de: x\n\n      # tief\n", "kosten:\n   de: x\n  en: y",
        "kosten:\n  de: x\n      en: y", "\t", "ort: Witten\r", "ort: Wit\u2028ten",
        "---\nort: Witten", "ort: Witten\n---\nort: Hagen", "ort: Witten\n...", "%YAML 1.2\n---\nort: Witten",
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_IsReadAsYamlDotNetReadsIt(string snippet)
    {
        AssertSameAsYamlDotNet(snippet + "\n");
        AssertSameAsYamlDotNet(snippet);
        AssertSameAsYamlDotNet("name:\n  de: Kurs\n" + snippet + "\ngeprueft_am: 2026-10-01\n");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nur ein Kommentar\n\n")]
    [InlineData("nur Text\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("  ort: Witten\n  plz: \"58452\"\n")]
    public void WholeFile_IsReadAsYamlDotNetReadsIt(string yaml) => AssertSameAsYamlDotNet(yaml);

    [Fact]
    public void Nesting_IsLimitedAsWithYamlDotNet()
    {
        for (var depth = 12; depth <= 20; depth++)
        {
            var yaml = new StringBuilder("name:\n");
            for (var level = 1; level < depth; level++) yaml.Append(new string(' ', level * 2)).Append($"k{level}:\n");
            yaml.Append(new string(' ', depth * 2)).Append("x: [a, b]\n");
            AssertSameAsYamlDotNet(yaml.ToString());
        }
    }

    [Fact]
    public void FilesOfTheRepository_AreReadAsYamlDotNetReadsThem()
    {
        var files = new[] { RepositoryPaths.Content, RepositoryPaths.Translations, RepositoryPaths.Fixtures }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)).ToList();
        Assert.True(files.Count > 150);
        foreach (var file in files) AssertSameAsYamlDotNet(File.ReadAllText(file), file);
    }

    /// <summary>Typing mistakes in any place of real records: inserted, deleted and re-indented characters.</summary>
    [Fact]
    public void MistypedRecords_AreReadAsYamlDotNetReadsThem()
    {
        var records = Directory.EnumerateFiles(RepositoryPaths.Content, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        string[] insertions =
        [
            " ", "  ", ":", ": ", "-", "- ", "#", " #", "\n", "\n  ", "\n    ", "\"", "'", "[", "]", "{", "}", "|", ">", ",", "a",
            "ä", "&", "*", "!", "\t", "\r\n", "~", "\\", "%", "@", "`", "?", "🙂", "{ a: 1, b: 2 }", "[a, b]", "|\n    x\n",
        ];
        var random = new Random(20261125);
        for (var i = 0; i < 3000; i++)
        {
            var text = records[random.Next(records.Count)];
            for (var change = random.Next(1, 4); change > 0; change--)
            {
                var at = random.Next(text.Length + 1);
                text = random.Next(3) switch
                {
                    0 => text.Insert(at, insertions[random.Next(insertions.Length)]),
                    1 => text.Remove(at, Math.Min(random.Next(1, 4), text.Length - at)),
                    _ => Reindent(text, at, random.Next(7)),
                };
            }
            AssertSameAsYamlDotNet(text);
        }
    }

    private static string Reindent(string text, int at, int spaces)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', start);
        var line = end < 0 ? text[start..] : text[start..end];
        return text[..start] + new string(' ', spaces) + line.TrimStart(' ') + (end < 0 ? "" : text[end..]);
    }

    private static void AssertSameAsYamlDotNet(string yaml, string? name = null)
    {
        var expected = Read(yaml, (text, diagnostics) => YamlFileReader.ParseWithYamlDotNet(text, "f.yaml", diagnostics));
        var actual = Read(yaml, (text, diagnostics) => YamlFileReader.Parse(text, "f.yaml", diagnostics));
        Assert.True(expected == actual, $"{name ?? "Input"} read differently.\n--- input:\n{yaml}\n--- YamlDotNet:\n{expected}\n--- actual:\n{actual}");
    }

    private static string Read(string yaml, Func<string, DiagnosticList, YamlValue?> read)
    {
        var diagnostics = new DiagnosticList();
        var text = new StringBuilder();
        try
        {
            Describe(read(yaml, diagnostics), text, 0);
        }
        catch (Exception e)
        {
            text.Append("throws ").Append(e.GetType().Name).Append('\n');
        }
        foreach (var diagnostic in diagnostics.Sorted()) text.Append(diagnostic.Format(MessageLanguage.English)).Append('\n');
        return text.ToString();
    }

    private static void Describe(YamlValue? value, StringBuilder text, int depth)
    {
        text.Append(' ', depth * 2);
        switch (value)
        {
            case null:
                text.Append("null\n");
                break;
            case YamlText scalar:
                text.Append($"{scalar.Position} text plain={scalar.IsPlain} block={scalar.IsBlock} [{scalar.Value}]\n");
                break;
            case YamlList list:
                text.Append($"{list.Position} list\n");
                foreach (var item in list.Items) Describe(item, text, depth + 1);
                break;
            case YamlMap map:
                text.Append($"{map.Position} map\n");
                foreach (var entry in map.Entries)
                {
                    Describe(entry.Key, text, depth + 1);
                    Describe(entry.Value, text, depth + 2);
                }
                break;
        }
    }
}
