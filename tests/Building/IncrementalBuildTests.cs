using Angebotsverzeichnis.Incremental;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Building;

/// <summary>
/// An incremental build (what the preview server runs after every save) leaves exactly the files a clean full build
/// writes, byte for byte, after changing, adding and deleting records, templates and translations.
/// </summary>
public class IncrementalBuildTests : IDisposable
{
    private const string Course = "sprachkurse/awo-online-lerntreff-deutsch.yaml";
    private readonly TemporaryDirectory _directory = new();
    private readonly BuildOptions _options;
    private readonly IncrementalBuilder _builder;

    public IncrementalBuildTests()
    {
        _options = SampleBuild.Into(_directory.Combine("incremental")) with
        {
            ContentDirectory = _directory.CopyFolder(RepositoryPaths.Content, "content"),
            TemplatesDirectory = _directory.CopyFolder(RepositoryPaths.Templates, "templates"),
            TranslationsDirectory = _directory.CopyFolder(RepositoryPaths.Translations, "translations"),
        };
        _builder = new IncrementalBuilder(_options);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void EveryKindOfChange_LeavesTheSameFilesAsAFullBuild()
    {
        var first = BuildAndCompare("first build");
        Assert.True(first.UnitsWritten > 900, $"the first build wrote only {first.UnitsWritten} outputs");

        Edit(Course, "Online-Lerntreff Deutsch am Abend", "Online-Lerntreff Deutsch am Dienstagabend");
        var changedRecord = BuildAndCompare("changed record");
        Assert.Equal(1, changedRecord.RecordsRead);
        // Its detail pages and the listings, indexes, leaflets, search data and exports that show it; not the other offers' pages.
        Assert.InRange(changedRecord.UnitsWritten, 8, first.UnitsWritten / 3);
        Assert.Contains("Dienstagabend", Read("de/sprachkurse/awo-online-lerntreff-deutsch.html"));

        var added = Path.Combine(_options.ContentDirectory, "sprachkurse/aaa-neuer-kurs.yaml");
        File.WriteAllText(added, File.ReadAllText(Path.Combine(_options.ContentDirectory, Course))
            .Replace("Online-Lerntreff Deutsch am Dienstagabend", "Neuer Abendkurs Deutsch"));
        BuildAndCompare("added record");
        Assert.True(File.Exists(Path.Combine(_options.OutputDirectory, "de/sprachkurse/aaa-neuer-kurs.html")));

        // The course at sprachkurse/sprachcafe-breckerfeld names this organisation as provider; its search words hold the name.
        Edit("organisationen/ukrainische-initiative-breckerfeld.yaml", "de: Ukrainische Initiative Breckerfeld", "de: Ukrainischer Verein Breckerfeld");
        BuildAndCompare("renamed provider organisation");

        File.Delete(added);
        File.Delete(Path.Combine(_options.ContentDirectory, Course));
        BuildAndCompare("deleted records");
        Assert.False(File.Exists(Path.Combine(_options.OutputDirectory, "de/sprachkurse/awo-online-lerntreff-deutsch.html")));

        Edit("../templates/layouts/base.html", "<main id=\"main\" tabindex=\"-1\">", "<main id=\"main\" tabindex=\"-1\">\n<p>Vorschau</p>");
        var changedTemplate = BuildAndCompare("changed template");
        Assert.True(changedTemplate.UnitsWritten > 900, "a changed layout must rewrite every page");

        // The footer is rendered once per language and reused on every page; a change to it must still reach them all.
        Edit("../templates/partials/footer.html", "<footer class=\"site-footer\">", "<footer class=\"site-footer\">\n<p>Impressum folgt</p>");
        var changedPartial = BuildAndCompare("changed cached partial");
        Assert.True(changedPartial.UnitsWritten > 900, "a changed footer must rewrite every page");
        Assert.Contains("Impressum folgt", Read("tr/index.html"));

        Edit("../translations/en.yaml", "Data as of {0}", "Information as of {0}");
        BuildAndCompare("changed translation");
        Assert.Contains("Information as of", Read("en/index.html"));

        Edit("../content/site.yaml", "eintraege_pro_seite: 30", "eintraege_pro_seite: 7");
        BuildAndCompare("changed settings (page size)");
    }

    [Fact]
    public void ABrokenRecord_WritesNothing_AndTheNextGoodSaveCatchesUp()
    {
        BuildAndCompare("first build");
        var before = SiteSnapshot.Of(_options.OutputDirectory);

        Edit(Course, "ort: Gevelsberg", "ort: Gevelsbreg");
        var broken = _builder.Build();
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics.Sorted(), d => d.Position.File.EndsWith("awo-online-lerntreff-deutsch.yaml", StringComparison.Ordinal));
        Assert.Equal(before, SiteSnapshot.Of(_options.OutputDirectory));

        Edit(Course, "ort: Gevelsbreg", "ort: Schwelm");
        BuildAndCompare("repaired record");
    }

    private IncrementalResult BuildAndCompare(string step)
    {
        var result = _builder.Build();
        Assert.True(result.Succeeded, $"{step}: " + string.Join("\n", result.Diagnostics.Sorted()));
        var full = _options with { OutputDirectory = _directory.Combine("full-" + step.Replace(' ', '-')) };
        Assert.True(BuildPipeline.Build(full).Succeeded);
        var expected = SiteSnapshot.Of(full.OutputDirectory);
        var actual = SiteSnapshot.Of(_options.OutputDirectory);
        Assert.True(expected.Keys.Order().SequenceEqual(actual.Keys.Order()),
            $"{step}: missing {string.Join(", ", expected.Keys.Except(actual.Keys).Take(5))}; extra {string.Join(", ", actual.Keys.Except(expected.Keys).Take(5))}");
        foreach (var (file, hash) in expected) Assert.True(hash == actual[file], $"{step}: {file} differs from the full build");
        Directory.Delete(full.OutputDirectory, recursive: true);
        return result;
    }

    private void Edit(string contentPath, string find, string replace)
    {
        var path = Path.GetFullPath(Path.Combine(_options.ContentDirectory, contentPath));
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
    }

    private string Read(string sitePath) => File.ReadAllText(Path.Combine(_options.OutputDirectory, sitePath));
}
