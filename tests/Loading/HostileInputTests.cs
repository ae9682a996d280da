using System.Diagnostics;
using System.Text;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Loading;

public class HostileInputTests
{
    private static IReadOnlyList<Diagnostic> Validate(ScratchSite site)
    {
        var diagnostics = new DiagnosticList();
        BuildPipeline.Check(site.Options, diagnostics);
        return diagnostics.Sorted();
    }

    [Fact]
    public void AliasBomb_IsRefusedQuickly_AtTheFirstAnchor()
    {
        using var site = new ScratchSite();
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append($"{level}: &{level} [*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous}]\n");
        }
        site.WriteRecord("sprachkurse", "bombe", bomb.ToString());

        var stopwatch = Stopwatch.StartNew();
        var diagnostics = Validate(site);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), "an alias bomb must not be expanded");
        var first = Assert.Single(diagnostics, d => d.Code == ProblemCodes.AnchorOrAlias && d.Position.Line == 1);
        Assert.Equal(Severity.Error, first.Severity);
        Assert.Equal(4, first.Position.Column);
    }

    [Fact]
    public void OversizedFile_IsRefusedWithoutParsing()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "riesig", SampleRecords.Course + "\n# " + new string('x', 300 * 1024) + "\n");

        var problem = Assert.Single(Validate(site), d => d.Code == ProblemCodes.FileTooLarge);
        Assert.Equal((1, 1), (problem.Position.Line, problem.Position.Column));
    }

    [Fact]
    public void DeepNesting_IsRefused_AtTheLineWhereItGoesTooDeep()
    {
        using var site = new ScratchSite();
        var yaml = new StringBuilder("name:\n");
        for (var depth = 1; depth <= 40; depth++) yaml.Append(new string(' ', depth * 2)).Append($"k{depth}:\n");
        yaml.Append(new string(' ', 82)).Append("wert\n");
        site.WriteRecord("sprachkurse", "tief", yaml.ToString());

        var problem = Assert.Single(Validate(site), d => d.Code == ProblemCodes.TooDeep);
        Assert.InRange(problem.Position.Line, 16, 20);
    }

    [Fact]
    public void AnUnclosedList_IsASyntaxErrorAtItsLine_NotACrash()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "offen", "name:\n  de: Test\nzielgruppen: [a, b\nort: Witten\n");

        var problem = Assert.Single(Validate(site), d => d.Code == ProblemCodes.YamlSyntax);
        Assert.InRange(problem.Position.Line, 3, 4);
        Assert.Contains("]", problem.Message);
    }

    [Fact]
    public void DeeplyNestedFlowBrackets_AreRefusedWithoutACrash()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "klammern", "name: " + new string('[', 5000) + new string(']', 5000) + "\n");

        Assert.Contains(Validate(site), d => d.Code is ProblemCodes.TooDeep or ProblemCodes.YamlSyntax);
    }

    [Fact]
    public void ControlCharacter_IsReportedAtItsLineAndColumn()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "steuerzeichen", SampleRecords.With(SampleRecords.Course, "kosten", "kosten:\n  de: Kosten\u0007los"));

        var problem = Assert.Single(Validate(site), d => d.Code == ProblemCodes.ControlCharacter);
        var lines = SampleRecords.With(SampleRecords.Course, "kosten", "kosten:\n  de: Kosten\u0007los").Split('\n').ToList();
        Assert.Equal(lines.FindIndex(l => l.Contains('\u0007')) + 1, problem.Position.Line);
        Assert.Equal("  de: Kosten".Length + 1, problem.Position.Column);
    }

    [Fact]
    public void FileThatIsNotUtf8_IsReportedWithTheByteOffset()
    {
        using var site = new ScratchSite();
        var path = site.WriteRecord("sprachkurse", "latin1", "");
        var prefix = Encoding.UTF8.GetBytes("name:\n  de: Gr");
        File.WriteAllBytes(path, [.. prefix, 0xFC, .. Encoding.UTF8.GetBytes("nes Haus\n")]);

        var problem = Assert.Single(Validate(site), d => d.Code == ProblemCodes.NotUtf8);
        Assert.Contains(prefix.Length.ToString(), problem.Message);
        Assert.Equal((2, 9), (problem.Position.Line, problem.Position.Column));
    }

    [Fact]
    public void ByteOrderMarkAndWindowsLineEndings_AreAccepted()
    {
        using var site = new ScratchSite();
        var path = site.WriteRecord("sprachkurse", "windows", "");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(SampleRecords.Course.Replace("\n", "\r\n"))]);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "de", "sprachkurse", "windows.html")));
    }

    [Fact]
    public void SymbolicLinkToAFileOutsideTheContentFolder_IsNotRead()
    {
        using var site = new ScratchSite();
        using var outside = new TemporaryDirectory();
        var secret = Path.Combine(outside.Path, "geheim.yaml");
        File.WriteAllText(secret, SampleRecords.With(SampleRecords.Course, "name", "name:\n  de: GEHEIMER-INHALT-7f3a"));
        Directory.CreateDirectory(Path.Combine(site.ContentDirectory, "sprachkurse"));
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "sprachkurse", "geheim.yaml"), secret);
        site.WriteRecord("pflege", "pflege", SampleRecords.Care);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Code == ProblemCodes.LinkOutsideContent);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Theory]
    [InlineData("../ausbruch")]
    [InlineData("Groß-Buchstaben")]
    [InlineData("seite-2")]
    public void IdsThatAreNotPlainSlugs_AreRefused(string id)
    {
        using var site = new ScratchSite();
        var folder = Path.Combine(site.ContentDirectory, "sprachkurse");
        Directory.CreateDirectory(folder);
        var file = Path.GetFullPath(Path.Combine(folder, id + ".yaml"));
        if (!file.StartsWith(folder, StringComparison.Ordinal)) file = Path.Combine(folder, "ausbruch..yaml");
        File.WriteAllText(file, SampleRecords.Course);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Code == ProblemCodes.BadId);
    }
}
