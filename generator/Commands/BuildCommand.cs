using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Angebotsverzeichnis.Commands;

internal static class BuildCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new Option<string>("--output", "-o") { Description = "Zielordner der Website", DefaultValueFactory = _ => "_site" };
        var pdf = new Option<string>("--pdf") { Description = "PDF-Merkblätter: auto (wenn Chromium installiert ist), on oder off", DefaultValueFactory = _ => "auto" };
        pdf.AcceptOnlyFromAmong("auto", "on", "off");
        var editor = new Option<string>("--editor") { Description = "Formular-Editor unter /admin/: auto (wenn npm ci die Pakete installiert hat), on oder off", DefaultValueFactory = _ => "auto" };
        editor.AcceptOnlyFromAmong("auto", "on", "off");
        var timings = new Option<bool>("--timings") { Description = "Gibt die Dauer jeder Stufe aus" };
        var languages = new Option<string?>("--languages") { Description = "Nur diese Sprachen bauen (kommagetrennt), für eine Aufteilung auf mehrere Rechner" };
        var shared = new Option<bool>("--shared") { Description = "Mit --languages: auch die gemeinsamen Dateien im Wurzelordner schreiben (genau ein Teil tut das)" };
        var preview = new Option<bool>("--preview") { Description = "Vorschau, nicht zum Veröffentlichen: ein unvollständiges Impressum oder eine unvollständige Erklärung zur Barrierefreiheit ist dann nur eine Warnung" };
        var dataDate = new Option<string?>("--data-date") { Description = "Datenstand, der auf den Seiten steht (JJJJ-MM-TT); sonst das neueste Prüfdatum" };
        var command = new Command("build", "Prüft alle Inhalte und erzeugt die Website in allen Sprachen.");
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(dataDate);
        command.Options.Add(pdf);
        command.Options.Add(editor);
        command.Options.Add(timings);
        command.Options.Add(languages);
        command.Options.Add(shared);
        command.Options.Add(preview);
        dataDate.Validators.Add(CommonOptions.ValidateDate);
        command.SetAction(result =>
        {
            var options = common.Read(result) with
            {
                OutputDirectory = result.GetValue(output)!,
                DataDate = CommonOptions.ParseDate(result.GetValue(dataDate)),
                LeafletPdfs = result.GetValue(pdf) switch { "on" => LeafletPdfs.On, "off" => LeafletPdfs.Off, _ => LeafletPdfs.Auto },
                FormEditor = result.GetValue(editor) switch { "on" => FormEditorBuild.On, "off" => FormEditorBuild.Off, _ => FormEditorBuild.Auto },
                Languages = result.GetValue(languages) is { } list
                    ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal)
                    : null,
                IncludeSharedFiles = result.GetValue(shared),
                Publishing = !result.GetValue(preview),
            };
            return (int)Run(options, common.Printer(result), result.GetValue(timings));
        });
        return command;
    }

    private static ExitCodes Run(BuildOptions options, DiagnosticPrinter printer, bool showTimings)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = BuildPipeline.Build(options);
        printer.Print(result.Diagnostics, Console.Error);
        var seconds = stopwatch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (showTimings)
        {
            foreach (var stage in result.Timings)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {stage.Stage,-20} {stage.Elapsed.TotalSeconds,8:0.00} s   user {stage.User.TotalSeconds,7:0.00} s   system {stage.System.TotalSeconds,7:0.00} s   heap {stage.HeapBytesAfter / 1_048_576.0,7:0} MiB   full GCs {stage.FullCollections,4}   GC pauses {stage.CollectorPauses.TotalSeconds,6:0.00} s"));
            }
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0:0} MiB"));
        }
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Nicht gebaut: {printer.Count(result.Diagnostics)}. Die bisherige Website in {options.OutputDirectory} bleibt unverändert.");
            return ExitCodes.ContentErrors;
        }
        Console.WriteLine($"Gebaut: {result.Records} Angebote, {result.Languages} Sprachen, {result.PagesWritten} Seiten ({result.FilesWritten} Dateien) in {options.OutputDirectory}, {seconds} s, {printer.Count(result.Diagnostics)}.");
        return ExitCodes.Success;
    }
}
