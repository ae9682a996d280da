using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Commands;

public class CommandLineTests
{
    private static string[] BuildArguments(ScratchSite site) =>
    [
        "build", "--content", site.ContentDirectory, "--translations", site.TranslationsDirectory,
        "--templates", RepositoryPaths.Templates, "--output", site.OutputDirectory, "--today", "2026-11-25",
    ];

    [Fact]
    public void Build_ExitsWithZero_AndEndsWithOneSummaryLine()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "kurs", SampleRecords.Course);
        site.WriteRecord("pflege", "pflege", SampleRecords.Care);

        var outcome = GeneratorProcess.Run(BuildArguments(site));

        Assert.Equal(0, outcome.ExitCode);
        var lastLine = outcome.StandardOutput.TrimEnd().Split('\n')[^1];
        Assert.Matches(@"^Gebaut: 2 Angebote, 8 Sprachen, \d+ Seiten \(\d+ Dateien\) in .+, \d+\.\d\d s, 0 Fehler, 0 Warnungen\.$", lastLine);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "de", "sprachkurse", "kurs", "index.html")));
    }

    [Fact]
    public void Build_ExitsWithOne_OnContentErrors_ListsThemAll_AndWritesNothing()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "kurs", SampleRecords.With(SampleRecords.Course, "ort", "ort: Witen"));
        site.WriteRecord("pflege", "pflege", SampleRecords.With(SampleRecords.Care, "email", "email: keine-adresse"));

        var outcome = GeneratorProcess.Run(BuildArguments(site));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Matches(@"kurs\.yaml:\d+:\d+: error AV302: .*Meinten Sie ""Witten""\?", outcome.StandardError);
        Assert.Matches(@"pflege\.yaml:\d+:\d+: error AV401: ", outcome.StandardError);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish")]
    [InlineData("build", "--today", "25.11.2026")]
    public void WrongUsage_ExitsWithTwo(params string[] arguments)
    {
        var outcome = GeneratorProcess.Run(arguments);

        Assert.Equal(2, outcome.ExitCode);
        Assert.NotEmpty(outcome.StandardError);
    }

    [Fact]
    public void Help_DescribesTheBuildCommandAndItsOptions()
    {
        var outcome = GeneratorProcess.Run("build", "--help");

        Assert.Equal(0, outcome.ExitCode);
        foreach (var option in new[] { "--content", "--templates", "--translations", "--output" })
            Assert.Contains(option, outcome.StandardOutput);
    }
}
