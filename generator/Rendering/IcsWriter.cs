using System.Globalization;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Model;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// iCalendar (RFC 5545) for course starts: one file per course for "add to calendar", and a feed per language.
/// All-day events on the start date; DTSTAMP is the data date so that output stays the same for the same input.
/// Only starts still ahead on the build's day (<see cref="Site.UpcomingStart"/>): the nightly build drops a start
/// from the feed once it has passed, as the start filter does in the browser.
/// </summary>
public static class IcsWriter
{
    public static bool HasStart(Offer offer, Site site) => site.UpcomingStart(offer) is not null;

    public static string Calendar(IEnumerable<Offer> courses, Site site, LanguageTexts texts, SiteLinks links, string calendarName)
    {
        var text = new StringWriter();
        Write(text, courses, site, texts, links, calendarName);
        return text.ToString();
    }

    /// <summary>Writes the calendar event by event, so a feed of every course is never held in memory as a whole.</summary>
    public static void Write(TextWriter output, IEnumerable<Offer> courses, Site site, LanguageTexts texts, SiteLinks links, string calendarName)
    {
        string[] header =
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            $"PRODID:-//{site.Settings.BaseUrl.Host}//Angebotsverzeichnis//{texts.Language.Code.ToUpperInvariant()}",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            $"X-WR-CALNAME:{Escape(calendarName)}",
        ];
        foreach (var line in header) Fold(line, output);
        foreach (var offer in courses)
        {
            if (site.UpcomingStart(offer) is not { } start) continue;
            foreach (var line in Event(offer, start, site, texts, links)) Fold(line, output);
        }
        Fold("END:VCALENDAR", output);
    }

    private static IEnumerable<string> Event(Offer offer, DateOnly start, Site site, LanguageTexts texts, SiteLinks links)
    {
        var url = links.Absolute(texts.Language.Code, Paths.Offer(offer));
        var description = PlainText.Of(texts.Record(offer.Description).Text);
        yield return "BEGIN:VEVENT";
        yield return $"UID:{offer.Id}-{start:yyyyMMdd}@{site.Settings.BaseUrl.Host}";
        yield return $"DTSTAMP:{site.DataDate:yyyyMMdd}T000000Z";
        yield return $"DTSTART;VALUE=DATE:{start:yyyyMMdd}";
        yield return $"DTEND;VALUE=DATE:{start.AddDays(1):yyyyMMdd}";
        yield return $"SUMMARY:{Escape(texts.Format("calendar.summary", texts.Record(offer.Name).Text).Text)}";
        yield return $"DESCRIPTION:{Escape(description + "\n\n" + url)}";
        // An online course takes place at no address; its provider's address is not where to go on the day.
        var location = offer.OnlineOnly
            ? texts.Label(ClosedLists.Delivery, offer.Delivery).Text
            : $"{offer.Address.Street}, {offer.Address.Postcode} {offer.Town}";
        yield return $"LOCATION:{Escape(location)}";
        yield return $"URL:{url}";
        yield return "END:VEVENT";
    }

    private static string Escape(string text) => text
        .Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\n").Replace("\n", "\\n");

    /// <summary>Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character.</summary>
    private static void Fold(string line, TextWriter output)
    {
        var octets = 0;
        var limit = 75;
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Write("\r\n ");
                octets = 1;
                limit = 75;
            }
            output.Write(utf16[..rune.EncodeToUtf16(utf16)]);
            octets += size;
        }
        output.Write("\r\n");
    }
}
