using Angebotsverzeichnis.Tests.Support;
using Angebotsverzeichnis.Kinds.InterpreterServices;

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
        // The one warning: the sample settings have no sign-language video yet (AV807).
        Assert.Matches(@"^Gebaut: 2 Angebote, 8 Sprachen, \d+ Seiten \(\d+ Dateien\) in .+, \d+\.\d\d s, 0 Fehler, 1 Warnungen\.$", lastLine);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "de", "sprachkurse", "kurs.html")));
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

    private static string[] ValidateArguments(ScratchSite site, params string[] more) =>
    [
        "validate", "--content", site.ContentDirectory, "--translations", site.TranslationsDirectory,
        "--templates", RepositoryPaths.Templates, "--today", "2026-11-25", .. more,
    ];

    [Fact]
    public void Validate_ListsAllProblemsThenACount_InGermanByDefault_AndWritesNothing()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "kurs", SampleRecords.With(SampleRecords.Course, "zielgruppen", "zielgruppen: [eltern, frauenn]"));
        site.WriteRecord("pflege", "pflege", SampleRecords.With(SampleRecords.Care, "geprueft_am", "geprueft_am: 2024-01-10"));

        var outcome = GeneratorProcess.Run(ValidateArguments(site));

        Assert.Equal(1, outcome.ExitCode);
        var lines = outcome.StandardOutput.TrimEnd().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Matches(@"pflege\.yaml:\d+:14: warning AV309: ", lines[0]);
        Assert.Matches(@"site\.yaml:\d+:\d+: warning AV807: ", lines[1]);
        Assert.Matches(@"kurs\.yaml:\d+:\d+: error AV301: ""frauenn"" ist hier nicht erlaubt\. Meinten Sie ""frauen""\?$", lines[2]);
        Assert.Equal("Geprüft: 1 Fehler, 2 Warnungen.", lines[^1]);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void Validate_SpeaksEnglish_AndWritesGitHubAnnotations_OnRequest()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "kurs", SampleRecords.With(SampleRecords.Course, "zielgruppen", "zielgruppen: [eltern, frauenn]"));

        var outcome = GeneratorProcess.Run(ValidateArguments(site, "--messages", "en", "--format", "github"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Matches(@"^::error file=.*kurs\.yaml,line=\d+,col=\d+,title=AV301::""frauenn"" is not allowed here\. Did you mean ""frauen""\?$",
            outcome.StandardOutput.Split('\n').Single(l => l.StartsWith("::error", StringComparison.Ordinal)));
        Assert.Contains(outcome.StandardOutput.Split('\n'), l => l.StartsWith("::warning file=", StringComparison.Ordinal) && l.Contains("title=AV807::No video in German Sign Language", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ExitsWithZero_WhenThereAreOnlyWarnings()
    {
        using var site = new ScratchSite();
        site.WriteRecord("pflege", "pflege", SampleRecords.With(SampleRecords.Care, "geprueft_am", "geprueft_am: 2024-01-10"));

        Assert.Equal(0, GeneratorProcess.Run(ValidateArguments(site)).ExitCode);
    }

    [Fact]
    public void CheckLinks_FindsALinkIntoTheSiteThatLeadsNowhere()
    {
        using var site = new ScratchSite();
        site.WriteRecord("pflege", "pflege", SampleRecords.Care);
        Assert.True(site.Build().Succeeded);
        var arguments = new[] { "check-links", "--site", site.OutputDirectory, "--content", site.ContentDirectory };
        Assert.Equal(0, GeneratorProcess.Run(arguments).ExitCode);

        Directory.Delete(Path.Combine(site.OutputDirectory, "tr", "orte", "witten"), recursive: true);
        var outcome = GeneratorProcess.Run(arguments);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error AV704: Der Link \"/tr/orte/witten/\"", outcome.StandardOutput);
    }

    [Fact]
    public void New_WritesARecordWithEveryField_ThatNeedsOnlyTheRequiredValuesToPass()
    {
        using var site = new ScratchSite();
        var created = GeneratorProcess.Run("new", "dolmetscher", "neuer-dienst", "--content", site.ContentDirectory, "--today", "2026-11-25");
        Assert.Equal(0, created.ExitCode);
        var path = Path.Combine(site.ContentDirectory, "dolmetscher", "neuer-dienst.yaml");
        var text = File.ReadAllText(path);
        foreach (var field in Angebotsverzeichnis.Loading.Format.RecordFormat.Fields(InterpreterServiceKind.Instance))
            Assert.Contains($"{field.Name}:", text);
        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/dolmetscher.schema.json", text);
        Assert.Contains("\ngeprueft_am: 2026-11-25\n", text);

        var untouched = GeneratorProcess.Run(ValidateArguments(site));
        Assert.Equal(1, untouched.ExitCode);
        Assert.All(untouched.StandardOutput.Split('\n').Where(l => l.Contains(" error ")), l => Assert.Contains("AV202", l));

        var filled = text
            .Replace("name:\n  de:\n", "name:\n  de: Dolmetschdienst\n", StringComparison.Ordinal)
            .Replace("beschreibung:\n  de:\n", "beschreibung:\n  de: Wir dolmetschen.\n", StringComparison.Ordinal)
            .Replace("\nort:\n", "\nort: Witten\n", StringComparison.Ordinal)
            .Replace("  strasse:\n", "  strasse: Ruhrstraße 1\n", StringComparison.Ordinal)
            .Replace("  plz:\n", "  plz: \"58452\"\n", StringComparison.Ordinal)
            .Replace("sprachen: []", "sprachen: [de, ar]", StringComparison.Ordinal)
            .Replace("zielgruppen: []", "zielgruppen: [alle]", StringComparison.Ordinal)
            .Replace("\nhandlungsfeld:\n", "\nhandlungsfeld: gesundheit-pflege\n", StringComparison.Ordinal)
            .Replace("sprachpaare: []", "sprachpaare: [ar]", StringComparison.Ordinal)
            .Replace("einsatzarten: []", "einsatzarten: [vor-ort]", StringComparison.Ordinal)
            .Replace("fachgebiete: []", "fachgebiete: [gesundheit]", StringComparison.Ordinal)
            .Replace("\nqualifikation:\n", "\nqualifikation: ehrenamtlich\n", StringComparison.Ordinal);
        File.WriteAllText(path, filled);
        var valid = GeneratorProcess.Run(ValidateArguments(site));
        Assert.True(valid.ExitCode == 0, valid.StandardOutput);
    }
}
