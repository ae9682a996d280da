using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.LegalPages;

/// <summary>
/// An incomplete Impressum or accessibility statement is a warning while editing (validate, preview) and an error
/// when publishing, pointing at its line in site.yaml; a sign-language video is copied into the site.
/// </summary>
public class LegalSettingsTests
{
    [Theory]
    [InlineData("  vertreten_durch: Den Landrat des Ennepe-Ruhr-Kreises", "  vertreten_durch: \"[Name einsetzen]\"")]
    [InlineData("  vertreten_durch: Den Landrat des Ennepe-Ruhr-Kreises", "  vertreten_durch:")]
    [InlineData("  verantwortlich: Leitung des Kommunalen Integrationszentrums Ennepe-Ruhr-Kreis, Hauptstraße 92, 58332 Schwelm", "  verantwortlich: TODO")]
    public void ImprintGap_IsAnErrorWhenPublishing_AndAWarningInValidate(string line, string replacement)
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "kurs", SampleRecords.Course);
        var lineNumber = EditSettings(site, line, replacement);

        var publishing = site.Build(publishing: true);
        var error = Assert.Single(publishing.Diagnostics.Sorted(), d => d.Code == "AV804");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(lineNumber, error.Position.Line);
        Assert.EndsWith("site.yaml", error.Position.File);
        Assert.False(publishing.Succeeded);
        Assert.False(Directory.Exists(site.OutputDirectory) && Directory.EnumerateFileSystemEntries(site.OutputDirectory).Any());

        var validate = new DiagnosticList();
        BuildPipeline.Check(site.Options, validate);
        Assert.Equal(Severity.Warning, Assert.Single(validate.Sorted(), d => d.Code == "AV804").Severity);

        var preview = site.Build(publishing: false);
        Assert.True(preview.Succeeded, string.Join("\n", preview.Diagnostics.Sorted()));
    }

    [Fact]
    public void BuildCommand_RefusesAPlaceholderImprint_UnlessPreview()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "kurs", SampleRecords.Course);
        EditSettings(site, "  herausgeber: Ennepe-Ruhr-Kreis", "  herausgeber: \"[Name der Behörde einsetzen]\"");
        string[] common = ["--content", site.ContentDirectory, "--translations", site.TranslationsDirectory, "--templates", RepositoryPaths.Templates,
            "--output", site.OutputDirectory, "--pdf", "off", "--today", "2026-11-25"];

        var publishing = GeneratorProcess.Run(["build", .. common]);
        Assert.Equal(1, publishing.ExitCode);
        Assert.Contains("error AV804", publishing.StandardError);
        Assert.Contains("--preview", publishing.StandardError);

        var preview = GeneratorProcess.Run(["build", "--preview", .. common]);
        Assert.Equal(0, preview.ExitCode);
        Assert.Contains("warning AV804", preview.StandardError);
    }

    [Fact]
    public void OutdatedStatement_IsAWarning()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "kurs", SampleRecords.Course);
        var line = EditSettings(site, "  stand: 2026-12-03", "  stand: 2025-06-30");
        var diagnostics = new DiagnosticList();
        BuildPipeline.Check(site.Options, diagnostics);
        var warning = Assert.Single(diagnostics.Sorted(), d => d.Code == "AV806");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(line, warning.Position.Line);
    }

    [Fact]
    public void SignLanguageVideo_IsCopiedIntoTheSite_AndPlayedFromIt()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "kurs", SampleRecords.Course);
        var media = Path.Combine(site.ContentDirectory, "medien");
        Directory.CreateDirectory(media);
        byte[] video = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'m', (byte)'p', (byte)'4', (byte)'2'];
        File.WriteAllBytes(Path.Combine(media, "dgs-erklaerung.mp4"), video);
        File.WriteAllText(Path.Combine(media, "dgs-erklaerung.vtt"), "WEBVTT\n\n00:00.000 --> 00:02.000\nWillkommen\n");
        EditSettings(site, "  gebaerdensprache_video:", "  gebaerdensprache_video: dgs-erklaerung.mp4");
        EditSettings(site, "  gebaerdensprache_untertitel:", "  gebaerdensprache_untertitel: dgs-erklaerung.vtt");

        var result = site.Build(publishing: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == "AV807");
        Assert.Equal(video, File.ReadAllBytes(Path.Combine(site.OutputDirectory, "medien", "dgs-erklaerung.mp4")));
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "medien", "dgs-erklaerung.vtt")));
        foreach (var language in new[] { "de", "ar" })
        {
            var page = OutputFiles.Parse(Path.Combine(site.OutputDirectory, language, "gebaerdensprache", "index.html"));
            var source = page.QuerySelector("main video source")!;
            Assert.Equal("/medien/dgs-erklaerung.mp4", source.GetAttribute("src"));
            Assert.Equal("/medien/dgs-erklaerung.vtt", page.QuerySelector("main video track[kind=captions]")!.GetAttribute("src"));
            Assert.Null(page.QuerySelector("main .notice"));
        }
        // With a video, the statement no longer lists the missing video among what is not accessible.
        var statement = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "de", "barrierefreiheit", "index.html"));
        Assert.DoesNotContain("Gebärdensprache gibt es noch nicht", statement.QuerySelector(".statement-list")!.TextContent);
    }

    [Fact]
    public void MissingVideoFile_IsAnError_AtItsLine()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "kurs", SampleRecords.Course);
        var line = EditSettings(site, "  gebaerdensprache_video:", "  gebaerdensprache_video: gibt-es-nicht.mp4");
        var diagnostics = new DiagnosticList();
        BuildPipeline.Check(site.Options, diagnostics);
        var error = Assert.Single(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal(line, error.Position.Line);
        Assert.Contains("content/medien/gibt-es-nicht.mp4", error.Message);
    }

    /// <summary>Replaces one line of the scratch site's site.yaml and returns its one-based line number.</summary>
    private static int EditSettings(ScratchSite site, string line, string replacement)
    {
        var path = Path.Combine(site.ContentDirectory, "site.yaml");
        var lines = File.ReadAllLines(path).ToList();
        var index = lines.IndexOf(line);
        Assert.True(index >= 0, $"site.yaml has no line \"{line}\"");
        lines[index] = replacement;
        File.WriteAllLines(path, lines);
        return index + 1;
    }
}
