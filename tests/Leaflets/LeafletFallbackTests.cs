using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Leaflets;

/// <summary>
/// A language whose translation file lacks the leaflet texts (the README allows this: missing interface texts
/// appear in German). Its leaflets then show those texts once, in German; every translated half that remains is in
/// the leaflet's language and marked so.
/// </summary>
public sealed class LeafletFallbackTests : IDisposable
{
    private readonly ScratchSite _scratch = new();

    public LeafletFallbackTests()
    {
        _scratch.WriteRecord("sprachkurse", "kurs-witten", SampleRecords.With(SampleRecords.Course, "name",
            "name:\n  de: Deutschkurs am Vormittag\n  tr: Sabah Almanca kursu"));
        var turkish = File.ReadAllLines(Path.Combine(RepositoryPaths.Translations, "tr.yaml"));
        _scratch.WriteTranslation("tr", string.Join('\n', WithoutBlock(turkish, "leaflet")) + "\n");
    }

    /// <summary>The lines of a YAML file without one top-level block (its key line and the indented lines below it).</summary>
    private static IEnumerable<string> WithoutBlock(IEnumerable<string> lines, string key)
    {
        var inside = false;
        foreach (var line in lines)
        {
            if (line.StartsWith(key + ":", StringComparison.Ordinal)) { inside = true; continue; }
            if (inside && (line.Length == 0 || line.StartsWith(' '))) continue;
            inside = false;
            yield return line;
        }
    }

    [Fact]
    public void LeafletWithoutLeafletTranslations_HasOnlyTurkishTranslatedHalves()
    {
        var result = _scratch.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        Assert.Contains("leaflet.data_as_of", result.MissingTranslations["tr"]);

        var page = OutputFiles.Parse(Path.Combine(_scratch.OutputDirectory, "tr", "merkblatt", "witten", "index.html"));
        Assert.Equal("Sabah Almanca kursu", page.QuerySelector(".leaflet-offer .offer-name .translated-part")?.TextContent);
        var wrong = page.QuerySelectorAll(".translated-part").Where(e => e.GetAttribute("lang") != "tr").Select(e => e.OuterHtml).ToList();
        Assert.True(wrong.Count == 0, "translated halves that are not Turkish:\n" + string.Join("\n", wrong));
    }

    public void Dispose() => _scratch.Dispose();
}
