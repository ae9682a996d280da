using Angebotsverzeichnis.Validation;

namespace Angebotsverzeichnis.Tests.Validation;

/// <summary>
/// Most descriptions are judged harmless without parsing them, for speed. Whatever the text, the findings must be
/// the ones Markdig's parse gives.
/// </summary>
public class MarkdownInspectorTests
{
    public static TheoryData<string> Texts => new()
    {
        "Ein Kurs für Eltern.", "[Mehr](https://example.org/)", "[Mehr]( https://example.org/ \"Titel\")", "[Mehr](\n  https://example.org/)",
        "[Mehr](http://)", "[Mehr]()", "[Mehr](javascript:alert(1))", "[Mehr](&#106;avascript:alert)", "[Mehr](java\\script:x)",
        "[Mehr](https://example.org/a(b))", "[Mehr](https://example.org/a&#1;b)", "[Mehr](http://(a))", "[Mehr](https://example.org/a b)", "[Mehr](ftp://example.org)", "[Mehr](mailto:)",
        "[Mehr](mailto:info@example.org) und [Tel](tel:+492302)", "[Mehr](https://example.org/it's?a=1&b=2)", "[Mehr](https://exa mple.org)",
        "[Mehr][1]\n\n[1]: javascript:alert", "[Mehr]\n\n[Mehr]: https://example.org", "![Bild](https://example.org/a.png)",
        "<b>fett</b>", "<https://example.org>", "<javascript:alert>", "<info@example.org>", "a < b", "`[x](javascript:y)`",
        "    [x](javascript:y)", "> [x](\n> javascript:y)", "- [x](\n  javascript:y)", "\\[x](javascript:y)", "[x\\](javascript:y)",
        "[a [b](javascript:c)](https://example.org)", "[x](https://example.org)(javascript:y)", "[x](https://example.org/\u00e4)",
        "[x](<https://example.org>)", "[x](https://example.org/%20)", "[x](HTTPS://EXAMPLE.ORG)", "[x](https:example.org)", "[x](//example.org)",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_HasTheFindingsOfMarkdigsParse(string text) => AssertAsMarkdig(text);

    /// <summary>Links, HTML and escapes typed into any place of descriptions.</summary>
    [Fact]
    public void MistypedDescriptions_HaveTheFindingsOfMarkdigsParse()
    {
        string[] descriptions =
        [
            "Der Online-Lerntreff ist für alle.\n\nSie brauchen ein Smartphone. [Mehr](https://example.org/)\n",
            "- Verein beratung familie.\n- Kurs pflege eltern.\n\n[Mehr](https://example.org/) oder [Mail](mailto:a@example.org)\n",
            "# Titel\n\n> Zitat mit [Link](https://example.org/a?b=c#d)\n\n    eingerückt\n\n```\ncode\n```\n",
        ];
        string[] insertions =
        [
            "<", "<b>", "![", "](", "]:", "[", "]", "(", ")", "&#106;", "&", "\\", "javascript:", "ftp://x", "http://", "mailto:", "tel:",
            "\n\n", "\n    ", "\n", "`", "> ", " ", "<https://example.org>", "[a](", "https://example.org/", "'", "\"", "ä", "%",
        ];
        var random = new Random(20261125);
        for (var i = 0; i < 4000; i++)
        {
            var text = descriptions[random.Next(descriptions.Length)];
            for (var change = random.Next(1, 5); change > 0; change--)
            {
                var at = random.Next(text.Length + 1);
                text = random.Next(4) == 0
                    ? text.Remove(at, Math.Min(random.Next(1, 4), text.Length - at))
                    : text.Insert(at, insertions[random.Next(insertions.Length)]);
            }
            AssertAsMarkdig(text);
        }
    }

    private static void AssertAsMarkdig(string text)
    {
        var expected = MarkdownInspector.InspectWithMarkdig(text);
        var actual = MarkdownInspector.Inspect(text);
        Assert.True(expected.SequenceEqual(actual),
            $"Findings differ for:\n{text}\n--- Markdig:\n{string.Join("\n", expected)}\n--- actual:\n{string.Join("\n", actual)}");
    }
}
