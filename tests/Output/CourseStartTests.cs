using System.Text.Json;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Output;

/// <summary>
/// Course starts on the build's day (ScratchSite.Today = 2026-11-25): the calendar feed and "add to calendar" offer
/// only starts still ahead, today included; the page, the schema.org data, the open data and the search data keep the
/// recorded start of a course under way, as a fact (the search script judges it by the visitor's own day).
/// </summary>
public class CourseStartTests
{
    private static string CourseStarting(string start, bool rollingEntry = false) =>
        SampleRecords.With(SampleRecords.With(SampleRecords.Course, "beginn", $"beginn: {start}"),
            "laufender_einstieg", $"laufender_einstieg: {(rollingEntry ? "ja" : "nein")}");

    [Fact]
    public void CalendarFeed_HoldsStartsFromTheBuildsDayOn_AndNoneThatHavePassed()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "gestern", CourseStarting("2026-11-24"));
        site.WriteRecord("sprachkurse", "gestern-laufend", CourseStarting("2026-11-24", rollingEntry: true));
        site.WriteRecord("sprachkurse", "heute", CourseStarting("2026-11-25"));
        site.WriteRecord("sprachkurse", "morgen", CourseStarting("2026-11-26"));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        foreach (var language in new[] { "de", "fa" })
        {
            var feed = site.ReadOutput($"{language}/kursbeginne.ics");
            var events = feed.Split("BEGIN:VEVENT").Skip(1).ToList();
            Assert.Equal(2, events.Count);
            Assert.Contains("UID:heute-20261125@", events[0]);
            Assert.Contains("DTSTART;VALUE=DATE:20261125", events[0]);
            Assert.Contains("UID:morgen-20261126@", events[1]);
            Assert.DoesNotContain("gestern", feed);
        }
    }

    [Fact]
    public void AddToCalendar_IsOfferedForAStartTodayOrLater_NotForACourseUnderWay_WhosePageStillShowsItsStart()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "gestern", CourseStarting("2026-11-24"));
        site.WriteRecord("sprachkurse", "gestern-laufend", CourseStarting("2026-11-24", rollingEntry: true));
        site.WriteRecord("sprachkurse", "heute", CourseStarting("2026-11-25"));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        var today = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "de", "sprachkurse", "heute.html"));
        Assert.Equal("/de/sprachkurse/heute.ics", today.QuerySelector("a.calendar-link")?.GetAttribute("href"));
        Assert.Contains("DTSTART;VALUE=DATE:20261125", site.ReadOutput("de/sprachkurse/heute.ics"));
        foreach (var id in new[] { "gestern", "gestern-laufend" })
        {
            var page = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "de", "sprachkurse", id + ".html"));
            Assert.Null(page.QuerySelector("a.calendar-link"));
            Assert.False(File.Exists(Path.Combine(site.OutputDirectory, "de", "sprachkurse", id + ".ics")), id);
            Assert.Equal("24. November 2026", page.QuerySelector(".fact-start dd")?.TextContent);
            var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
            Assert.Equal("2026-11-24", jsonLd.GetProperty("hasCourseInstance").GetProperty("startDate").GetString());
        }
    }

    [Fact]
    public void SearchDataAndOpenData_KeepTheRecordedStartOfACourseUnderWay()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "gestern", CourseStarting("2026-11-24"));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        var entry = JsonDocument.Parse(site.ReadOutput("de/angebote.json")).RootElement.GetProperty("offers")[0];
        Assert.Equal("2026-11-24", entry.GetProperty("c").GetProperty("st").GetString());
        Assert.Equal(0, entry.GetProperty("c").GetProperty("ce").GetInt32());
        var export = JsonDocument.Parse(site.ReadOutput("data/angebote.json")).RootElement.GetProperty("angebote")[0];
        Assert.Equal("2026-11-24", export.GetProperty("beginn").GetString());
    }
}
