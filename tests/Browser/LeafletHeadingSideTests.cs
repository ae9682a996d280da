using Microsoft.Playwright;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>
/// On Arabic and Persian leaflets, each half of a heading stands on its own reading side: the German line starts
/// at the left edge, the translation ends at the right edge, in print (A4) and on a phone screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public class LeafletHeadingSideTests(BrowserSiteFixture site)
{
    /// <summary>Per heading pair: where its German text and its translated text lie within the pair's content box.</summary>
    private const string Measure = """
        () => Array.from(document.querySelectorAll("hgroup")).map(group => {
          const style = getComputedStyle(group);
          const box = group.getBoundingClientRect();
          const left = box.left + parseFloat(style.paddingLeft);
          const right = box.right - parseFloat(style.paddingRight);
          const text = element => { const range = document.createRange(); range.selectNodeContents(element); return range.getBoundingClientRect(); };
          const german = text(group.querySelector(".de-part"));
          const translated = text(group.querySelector(".translated-part"));
          return { name: group.className + ": " + group.textContent.trim().slice(0, 60),
                   germanGap: Math.round(german.left - left), translatedGap: Math.round(right - translated.right) };
        })
        """;

    public static TheoryData<string, bool> Cases => new() { { "ar", true }, { "fa", true }, { "ar", false }, { "fa", false } };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task GermanLine_StartsLeft_AndTranslation_EndsRight(string language, bool print)
    {
        var page = await site.Context.NewPageAsync();
        try
        {
            // 718 px: the A4 text width (186 mm) at 96 px per inch; 390 px: a phone.
            await page.SetViewportSizeAsync(print ? 718 : 390, 1000);
            if (print) await page.EmulateMediaAsync(new() { Media = Media.Print });
            await page.GotoAsync(site.Url($"/{language}/merkblatt/witten/"), new() { WaitUntil = WaitUntilState.Load });
            var pairs = await page.EvaluateAsync<Pair[]>(Measure);
            Assert.True(pairs.Count(p => p.Name.StartsWith("section-heading", StringComparison.Ordinal)) >= 3, $"{pairs.Length} heading pairs");
            var wrong = pairs.Where(p => Math.Abs(p.GermanGap) > 2 || Math.Abs(p.TranslatedGap) > 2)
                .Select(p => $"{p.Name} (German {p.GermanGap} px from the left, translation {p.TranslatedGap} px from the right)").ToList();
            Assert.True(wrong.Count == 0, $"{language} {(print ? "print" : "390 px")}:\n" + string.Join("\n", wrong));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private sealed class Pair
    {
        public string Name { get; set; } = "";
        public int GermanGap { get; set; }
        public int TranslatedGap { get; set; }
    }
}
