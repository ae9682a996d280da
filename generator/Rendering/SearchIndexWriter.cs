using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// The search and filter data of one language (offers.json beside the language's pages): per offer what a result
/// card shows, the filter values, and the folded words of its name, description, provider and town in the page's
/// language and in the source language. Built by the build, read by templates/assets/search.js.
/// </summary>
public static class SearchIndexWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes the index to its file one offer at a time: it holds every offer, so it is never built whole in memory.</summary>
    public static void Write(Stream stream, Site site, LanguagePages pages)
    {
        var texts = pages.Texts;
        using var json = StreamedJson.Writer(stream, Json);
        json.WriteStartObject();
        json.WritePropertyName("labels");
        Labels(site, texts).WriteTo(json, Json);
        json.WriteStartArray("offers");
        foreach (var offer in site.Offers)
        {
            WriteEntry(json, offer, site, pages);
            StreamedJson.FlushWhenFull(json);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter json, Offer offer, Site site, LanguagePages pages)
    {
        var texts = pages.Texts;
        var summary = pages.Offers.Summary(offer);
        var name = (LocalizedValue)summary.Name;
        var teaser = (LocalizedValue)summary.Teaser;
        json.WriteStartObject();
        json.WriteString("u", summary.Url);
        json.WriteString("n", name.Text);
        json.WriteString("k", summary.Kind);
        json.WriteString("t", site.Settings.TownNamed(offer.Town)?.Slug ?? "");
        json.WriteNumber("w", offer.DistrictWide ? 1 : 0);
        // Only for offers that are (also) online: on site is the default, and most offers are.
        if (offer.Delivery != ClosedLists.OnSite) json.WriteString("m", offer.Delivery);
        json.WriteStringArray("l", offer.Languages);
        json.WriteStringArray("g", offer.TargetGroups);
        json.WriteString("d", teaser.Text);
        json.WriteString("s", SearchWords(offer, site, texts));
        if (name.IsFallback) json.WriteString("nl", name.Lang);
        if (teaser.IsFallback) json.WriteString("dl", texts.Source.Code);
        offer.Kind.WriteSearchData(offer.Details, json, site.Settings.Lists);
        WriteFilterValues(json, offer);
        json.WriteEndObject();
    }

    /// <summary>The values of the kind's own filters, by field name: "f": {"fachrichtung": ["allgemeinmedizin"]}.</summary>
    private static void WriteFilterValues(Utf8JsonWriter json, Offer offer)
    {
        var filters = offer.Kind.SearchFilters;
        if (filters.Count == 0) return;
        json.WriteStartObject("f");
        foreach (var filter in filters)
        {
            var values = offer.Details.Values;
            json.WriteStringArray(filter.Field.Name, filter.Field.Type == FieldType.ListValues ? values.Words(filter.Field)
                : values.Text(filter.Field) is { } single ? [single] : []);
        }
        json.WriteEndObject();
    }

    /// <summary>
    /// The folded words of the offer's name, description, provider and town, in the page's language and in the
    /// source language, each word once: the search script looks for each query word inside these words, so a
    /// repeated word adds nothing but bytes on a visitor's phone. The record's own source-language words are folded
    /// once per build, not once per language; its provider organisation's name is another record's, so it is cached
    /// with that record (a preview keeps unchanged records between rebuilds, and a renamed organisation is a new one).
    /// </summary>
    private static string SearchWords(Offer offer, Site site, LanguageTexts texts)
    {
        var source = SourceWords.GetValue(offer, o => SearchText.Index(Joined(SourceParts(o, texts.Source.Code))));
        var own = texts.IsSource ? "" : SearchText.Index(Joined(OwnParts(offer, texts.Language.Code)));
        var organisation = offer.Provider?.OrganisationId is { } id && site.OfferWithId(id) is { } provider
            ? OrganisationWords.GetValue(provider, _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal))
                .GetOrAdd(texts.Language.Code, language => SearchText.Index(Joined([provider.Name.In(language), provider.Name.In(texts.Source.Code)])))
            : "";
        var words = new StringBuilder(own.Length + source.Length + organisation.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var text in (ReadOnlySpan<string>)[own, source, organisation])
        {
            foreach (var range in text.AsSpan().Split(' '))
            {
                var word = text.AsSpan(range);
                if (word.IsEmpty || !seen.Add(word)) continue;
                if (words.Length > 0) words.Append(' ');
                words.Append(word);
            }
        }
        return words.ToString();
    }

    private static readonly ConditionalWeakTable<Offer, string> SourceWords = new();

    /// <summary>An organisation's folded name per language, kept with the organisation's record: many offers name the same provider.</summary>
    private static readonly ConditionalWeakTable<Offer, ConcurrentDictionary<string, string>> OrganisationWords = new();

    private static IEnumerable<string?> OwnParts(Offer offer, string language)
    {
        yield return offer.Name.In(language);
        yield return PlainTextOf(offer.Description.In(language));
    }

    private static IEnumerable<string?> SourceParts(Offer offer, string source)
    {
        yield return offer.Name.In(source);
        yield return PlainTextOf(offer.Description.In(source));
        yield return offer.Town;
        yield return offer.Provider?.Name;
        if (offer.Details.Person is { Consented: true } person) yield return person.Name;
    }

    private static string Joined(IEnumerable<string?> parts) => string.Join(' ', parts.Where(p => p is not null));

    private static string? PlainTextOf(string? markdown) => markdown is null ? null : PlainText.Of(markdown);

    private static JsonObject Labels(Site site, LanguageTexts texts)
    {
        var kinds = new JsonObject();
        foreach (var kind in OfferKinds.All)
        {
            kinds[kind.Folder] = texts.Ui($"kind.{kind.Folder}.singular").Text;
        }
        var towns = new JsonObject();
        foreach (var town in site.Settings.Towns) towns[town.Slug] = town.Name;
        var languages = new JsonObject();
        foreach (var code in site.OfferLanguages) languages[code] = texts.LanguageName(code).Text;
        var deliveries = new JsonObject();
        foreach (var value in site.Settings.Lists[ClosedLists.Delivery]) deliveries[value] = texts.Label(ClosedLists.Delivery, value).Text;
        return new JsonObject
        {
            ["kinds"] = kinds,
            ["towns"] = towns,
            ["languages"] = languages,
            ["deliveries"] = deliveries,
            ["districtWide"] = texts.Ui("listing.district_wide").Text,
            ["languagesLabel"] = texts.Ui("field.languages").Text,
            ["fallbackMark"] = texts.LanguageName(texts.Source.Code).Text,
            ["separator"] = texts.ListSeparator,
        };
    }
}
