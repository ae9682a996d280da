using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Model.Coverage;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Report;

/// <summary>
/// The hand-made records of tests/fixtures/report/ (see the README there) in a scratch content folder with the
/// real site.yaml, built once (without PDFs) on the scratch site's day, 2026-11-25.
/// </summary>
public sealed class ReportSiteFixture : IDisposable
{
    public static string FixtureDirectory => Path.Combine(RepositoryPaths.Fixtures, "report");

    private readonly ScratchSite _scratch = new();

    public ReportSiteFixture()
    {
        foreach (var file in Directory.GetFiles(FixtureDirectory, "*.yaml", SearchOption.AllDirectories))
        {
            var kindFolder = Path.GetFileName(Path.GetDirectoryName(file)!);
            _scratch.WriteRecord(kindFolder, Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
        }
        Records = Directory.GetFiles(FixtureDirectory, "*.yaml", SearchOption.AllDirectories).Length;
        Result = _scratch.Build();
        var diagnostics = new DiagnosticList();
        var (content, _, _) = BuildPipeline.Check(_scratch.Options, diagnostics);
        Site = SiteBuilder.Build(content!, _scratch.Options.Today, null);
        Report = CoverageCalculator.Calculate(Site);
    }

    public int Records { get; }

    public BuildResult Result { get; }

    public Site Site { get; }

    public CoverageReport Report { get; }

    public string Output => _scratch.OutputDirectory;

    public string ReadOutput(string sitePath) => _scratch.ReadOutput(sitePath);

    public void Dispose() => _scratch.Dispose();
}
