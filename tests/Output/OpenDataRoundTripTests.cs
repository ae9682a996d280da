using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Tests.Building;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Output;

/// <summary>
/// The open data is the directory itself: another district, a portal or our own import after an accident can rebuild
/// the same records from angebote.json or angebote.csv. Imported into an empty content folder, either file gives a
/// site identical to the one it came from, page for page.
/// </summary>
public class OpenDataRoundTripTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Theory]
    [InlineData("angebote.json")]
    [InlineData("angebote.csv")]
    public void TheOpenData_ImportsBackIntoRecords_ThatBuildTheSameSite(string file)
    {
        using var scratch = new ScratchSite();
        var problems = new DiagnosticList();
        var result = OfferImporter.Import(Path.Combine(site.Output, "data", file), OfferImporter.FormatOf(file)!.Value, scratch.ContentDirectory, problems);
        Assert.Empty(problems.Sorted().Where(p => p.Severity == Severity.Error));
        var published = site.Content.Offers.Count(o => o.Published && !(o.Details.End < ScratchSite.Today));
        Assert.Equal(published, result!.Imported);

        var rebuilt = BuildPipeline.Build(site.Options with { ContentDirectory = scratch.ContentDirectory, OutputDirectory = scratch.OutputDirectory });
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics.Sorted()));
        var original = SiteFiles(site.Output);
        var again = SiteFiles(scratch.OutputDirectory);
        Assert.Equal(original, again);
        var differing = original.Where(path => !File.ReadAllBytes(Path.Combine(site.Output, path)).AsSpan()
            .SequenceEqual(File.ReadAllBytes(Path.Combine(scratch.OutputDirectory, path)))).ToList();
        Assert.True(differing.Count == 0, $"{differing.Count} of {original.Count} files differ, first: {string.Join(", ", differing.Take(5))}");
    }

    /// <summary>The exports carry every field the record format publishes, so the comparison above covers them all.</summary>
    [Fact]
    public void TheExport_HasEveryPublicField_OfTheRecordFormat()
    {
        var header = File.ReadLines(Path.Combine(site.Output, "data", "angebote.csv")).First().TrimStart('\uFEFF').Split(';').ToHashSet();
        var columns = CsvColumns.For(site.Content.Settings.Languages.Select(l => l.Code).ToList())
            .Where(c => c.Path[0].Name is not ("intern" or "veroeffentlicht"))
            .Select(c => c.Name);
        Assert.All(columns, column => Assert.Contains(column, header));
        Assert.Contains("person_einwilligung", header);
    }

    private static List<string> SiteFiles(string root) => Directory
        .EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(root, path))
        .Order(StringComparer.Ordinal)
        .ToList();
}
