using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Tests.Support;
using Microsoft.Playwright;
using Angebotsverzeichnis.Kinds.LanguageCourses;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>
/// "Starts within N weeks" in the visitor's browser: rolling entry, or a start between the visitor's today and today +
/// N weeks, both days included, counted in whole days of the visitor's time zone. The browser's clock is fixed
/// (Playwright's clock), so the tests do not depend on the day they run.
/// </summary>
[Collection(BrowserCollection.Name)]
public class StartFilterTests(BrowserSiteFixture site)
{
    /// <summary>A course of the search data as site.js reads it, with only what the start filter looks at.</summary>
    private static object Course(string? start, bool rollingEntry) => new
    {
        k = "sprachkurse", t = "witten", w = 0, l = new[] { "de" }, g = new[] { "alle" }, s = "",
        c = new { ty = "integrationskurs", lv = new[] { "A1" }, cc = 0, ce = rollingEntry ? 1 : 0, st = start },
    };

    // Late in the evening west of Greenwich and just after midnight east of it: a script that counted days in UTC
    // would be a day off in one of the two.
    [SkippableTheory]
    [InlineData("America/New_York", "2026-11-25T23:45:00-05:00")]
    [InlineData("Europe/Berlin", "2026-11-25T00:15:00+01:00")]
    public async Task FourWeeks_IncludeTodayAndTheTwentyEighthDay_AndLeaveOutCoursesThatHaveStarted(string timeZone, string now)
    {
        var context = await ContextAsync(timeZone, now);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.Url("/de/ueber/"));
            var cases = new (string Case, object Offer, bool Expected)[]
            {
                ("started yesterday", Course("2026-11-24", rollingEntry: false), false),
                ("starts today", Course("2026-11-25", rollingEntry: false), true),
                ("starts on day 28", Course("2026-12-23", rollingEntry: false), true),
                ("starts on day 29", Course("2026-12-24", rollingEntry: false), false),
                ("rolling entry, started long ago", Course("2026-09-01", rollingEntry: true), true),
                ("rolling entry, no start", Course(null, rollingEntry: true), true),
                ("no start, no rolling entry", Course(null, rollingEntry: false), false),
            };
            foreach (var (name, offer, expected) in cases)
            {
                var matches = await page.EvaluateAsync<bool>("offer => window.offerFilter.matches(offer, { beginn: \"4\" }, new Date())", offer);
                Assert.True(expected == matches, $"{name} ({timeZone}, {now}): expected {(expected ? "in" : "out")}");
            }
            // The case holds only if the browser's own calendar day is the 25th (fixed clock, in its time zone).
            Assert.Equal("2026-11-25", await page.EvaluateAsync<string>(
                "() => { const d = new Date(); return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-'); }"));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task ChoosingEightWeeks_ListsCoursesStartingInTheNextEightWeeksOrWithRollingEntry_NotThoseUnderWay()
    {
        var today = ScratchSite.Today;
        var courses = site.Site.Content.Offers
            .Where(o => o.Published && o.Details is LanguageCourse course && !(course.End < today))
            .ToList();
        var expected = courses
            .Where(o => o.Details is LanguageCourse course &&
                (course.ContinuousEntry || course.Start is { } start && start >= today && start <= today.AddDays(8 * 7)))
            .Select(o => $"/de/sprachkurse/{o.Id}.html")
            .Order(StringComparer.Ordinal)
            .ToList();
        var underWay = courses.Where(o => o.Details is LanguageCourse { ContinuousEntry: false, Start: { } start } && start < today).ToList();
        Assert.NotEmpty(underWay);
        Assert.Contains(courses, o => o.Details is LanguageCourse { ContinuousEntry: false, Start: { } start } && start > today && start <= today.AddDays(56));

        var context = await ContextAsync("Europe/Berlin", "2026-11-25T12:00:00+01:00");
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.Url("/de/sprachkurse/"));
            await page.WaitUntilEnhancedAsync();
            await page.GetByLabel("Beginn innerhalb von", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "8 Wochen" });

            var status = page.GetByRole(AriaRole.Status);
            await Assertions.Expect(status).ToHaveTextAsync($"Gefundene Angebote: {expected.Count}");
            var shown = await page.Locator("[data-result-list] .card-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.Equal(expected, shown.Order(StringComparer.Ordinal));
            foreach (var course in underWay) Assert.DoesNotContain($"/de/sprachkurse/{course.Id}.html", shown);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private async Task<IBrowserContext> ContextAsync(string timeZone, string now)
    {
        var browser = site.Context.Browser ?? throw new InvalidOperationException("Playwright gives no browser for the persistent context.");
        var context = await browser.NewContextAsync(new() { TimezoneId = timeZone, ServiceWorkers = ServiceWorkerPolicy.Block });
        context.SetDefaultTimeout(15_000);
        await context.Clock.SetFixedTimeAsync(now);
        return context;
    }
}
