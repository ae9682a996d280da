using System.Diagnostics;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Building;

/// <summary>A failed or interrupted build leaves the previously published site complete and unchanged.</summary>
public class SafeOutputTests
{
    private static ScratchSite SiteWithPreviousBuild(out IReadOnlyDictionary<string, string> before)
    {
        var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "kurs", SampleRecords.Course);
        site.WriteRecord("pflege", "pflege", SampleRecords.Care);
        Assert.True(site.Build().Succeeded);
        before = SiteSnapshot.Of(site.OutputDirectory);
        return site;
    }

    private static void AssertNoStagingLeftBeside(ScratchSite site)
    {
        var parent = Path.GetDirectoryName(site.OutputDirectory)!;
        Assert.Equal(["_site", "content", "translations"], Directory.GetDirectories(parent).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void ContentError_LeavesThePreviousSiteUnchanged()
    {
        using var site = SiteWithPreviousBuild(out var before);
        site.WriteRecord("sprachkurse", "kurs", SampleRecords.With(SampleRecords.Course, "ort", "ort: Bochum"));

        Assert.False(site.Build().Succeeded);

        Assert.Equal(before, SiteSnapshot.Of(site.OutputDirectory));
        AssertNoStagingLeftBeside(site);
    }

    [Fact]
    public void TemplateErrorWhileRendering_LeavesThePreviousSiteUnchanged_AndNamesTheTemplate()
    {
        using var site = SiteWithPreviousBuild(out var before);
        using var templates = new TemporaryDirectory();
        var offer = ChangedTemplates.Change(templates, "pages/offer.html", text => text.Replace("{{ offer.reviewed }}", "{{ offer.reviewd }}"));

        var result = BuildPipeline.Build(site.Options with { TemplatesDirectory = templates.Path });

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Diagnostics.Sorted(), d => d.Code == "AV701");
        Assert.EndsWith("pages/offer.html", problem.Position.File);
        var expectedLine = File.ReadAllLines(offer).ToList().FindIndex(l => l.Contains("offer.reviewd")) + 1;
        Assert.Equal(expectedLine, problem.Position.Line);
        Assert.Equal(before, SiteSnapshot.Of(site.OutputDirectory));
        AssertNoStagingLeftBeside(site);
    }

    [Fact]
    public void PageTemplateWritingTheLayoutsContent_FailsWithTheTemplatesLine_InsteadOfRenderingItselfWithoutEnd()
    {
        using var site = SiteWithPreviousBuild(out var before);
        using var templates = new TemporaryDirectory();
        ChangedTemplates.Change(templates, "pages/about.html", text => "<p>{{ content }}</p>\n" + text);

        var result = BuildPipeline.Build(site.Options with { TemplatesDirectory = templates.Path });

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Diagnostics.Sorted(), d => d.Code == "AV701" && d.Position.File.EndsWith("pages/about.html"));
        Assert.Equal(1, problem.Position.Line);
        Assert.Contains("layouts/base.html", problem.Message);
        Assert.Equal(before, SiteSnapshot.Of(site.OutputDirectory));
    }

    [Fact]
    public void ProcessKilledMidBuild_LeavesThePreviousSiteComplete_AndTheNextBuildSucceeds()
    {
        using var site = SiteWithPreviousBuild(out var before);
        for (var i = 0; i < 1500; i++)
        {
            site.WriteRecord("sprachkurse", $"kurs-{i:D4}", SampleRecords.Course);
        }
        var staging = Path.Combine(Path.GetDirectoryName(site.OutputDirectory)!, "._site.building");

        using (var process = GeneratorProcess.Start(
                   "build", "--content", site.ContentDirectory, "--translations", site.TranslationsDirectory,
                   "--templates", RepositoryPaths.Templates, "--output", site.OutputDirectory, "--today", "2026-11-25"))
        {
            var waited = Stopwatch.StartNew();
            while (!(Directory.Exists(staging) && Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Take(200).Count() == 200))
            {
                Assert.False(process.HasExited, "the build ended before it could be interrupted");
                Assert.True(waited.Elapsed < TimeSpan.FromMinutes(2), "the build never started writing");
                Thread.Sleep(5);
            }
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Assert.Equal(before, SiteSnapshot.Of(site.OutputDirectory));

        var next = site.Build();
        Assert.True(next.Succeeded);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "tr", "sprachkurse", "kurs-1499.html")));
        AssertNoStagingLeftBeside(site);
    }
}
