using System.Text;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Tests.Support;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Tests.Importing;

/// <summary>An import of one input file into a scratch site, and the records loaded back from what it wrote.</summary>
public sealed class ImportRun : IDisposable
{
    public ScratchSite Site { get; } = new();

    public string InputPath { get; private set; } = "";

    public ImportResult? Result { get; private set; }

    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    public static ImportRun Of(string fileName, string text, bool byteOrderMark = false) =>
        Of(fileName, (byteOrderMark ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(text)).ToArray());

    public static ImportRun Of(string fileName, byte[] bytes)
    {
        var run = new ImportRun();
        run.InputPath = Path.Combine(Path.GetDirectoryName(run.Site.ContentDirectory)!, fileName);
        File.WriteAllBytes(run.InputPath, bytes);
        var problems = new DiagnosticList();
        run.Result = OfferImporter.Import(run.InputPath, OfferImporter.FormatOf(fileName)!.Value, run.Site.ContentDirectory, problems);
        run.Problems = problems.Sorted();
        return run;
    }

    /// <summary>The imported record with this id, as the loader reads it; fails on any loading problem.</summary>
    public Offer Load(string id)
    {
        var file = Directory.GetFiles(Site.ContentDirectory, id + ".yaml", SearchOption.AllDirectories).Single();
        var kind = OfferKinds.FromFolder(Path.GetFileName(Path.GetDirectoryName(file)!))!;
        var diagnostics = new DiagnosticList();
        var offer = ContentLoader.ReadRecord(new RecordFile(file, file, id, kind), "de", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return offer!;
    }

    public string ReadFile(string kindFolder, string id) => File.ReadAllText(Path.Combine(Site.ContentDirectory, kindFolder, id + ".yaml"));

    public bool Wrote(string id) => Directory.GetFiles(Site.ContentDirectory, id + ".yaml", SearchOption.AllDirectories).Length > 0;

    /// <summary>Problems as the command prints them, with the input's file name instead of its temporary folder.</summary>
    public IReadOnlyList<string> Lines => Problems.Select(p => p.ToString().Replace(InputPath, Path.GetFileName(InputPath))).ToList();

    public void Dispose() => Site.Dispose();
}
