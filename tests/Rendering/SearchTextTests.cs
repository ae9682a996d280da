using Angebotsverzeichnis.Rendering;

namespace Angebotsverzeichnis.Tests.Rendering;

public class SearchTextTests
{
    [Theory]
    [InlineData("Gülhan Yılmaz", "guelhan")]
    [InlineData("Gülhan Yılmaz", "gulhan yilmaz")]
    [InlineData("Düsseldorf", "dusseldorf")]
    [InlineData("Straße der Kulturen", "strasse")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Ennepe-Ruhr-Kreis", "ruhr kreis")]
    [InlineData("Ёлка", "елка")]
    public void IndexedText_IsFoundByQueriesWithoutCaseOrDiacritics(string text, string query)
    {
        var haystack = SearchText.Index(text);

        Assert.All(SearchText.Fold(query).Split(' '), word => Assert.Contains(word, haystack));
    }
}
