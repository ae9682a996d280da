using System.CommandLine;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Translation;

namespace Angebotsverzeichnis.Commands;

/// <summary>translate: keeping the translations true to their German source.</summary>
internal static class TranslateCommand
{
    public static Command Create()
    {
        var command = new Command("translate", "Übersetzungen und ihre deutschen Quelltexte: Fingerabdrücke festhalten.");
        command.Subcommands.Add(Fingerprints());
        return command;
    }

    private static Command Fingerprints()
    {
        var common = new CommonOptions();
        var command = new Command("fingerprints",
            "Hält für jede Übersetzung ohne Fingerabdruck den des deutschen Textes fest, neben dem sie steht (tr_quelle: …), in den Datensätzen und in translations/. Einmal nötig für Übersetzungen von vor den Fingerabdrücken und von Hand geschriebene.");
        common.AddTo(command);
        command.SetAction(result =>
        {
            var options = common.Read(result);
            var printer = common.Printer(result);
            var diagnostics = new DiagnosticList();
            var settings = SiteSettingsReader.Read(options.ContentDirectory, diagnostics);
            if (settings is null || diagnostics.HasErrors)
            {
                printer.Print(diagnostics, Console.Error);
                return (int)ExitCodes.ContentErrors;
            }
            var outcome = FingerprintWriter.RecordMissing(options.ContentDirectory, options.TranslationsDirectory, settings.SourceLanguage, diagnostics);
            printer.Print(diagnostics, Console.Error);
            foreach (var skipped in outcome.Skipped) Console.Error.WriteLine($"Übersprungen: {skipped}");
            Console.WriteLine($"{outcome.FingerprintsAdded} Fingerabdrücke in {outcome.FilesChanged} Dateien festgehalten.");
            return diagnostics.HasErrors ? (int)ExitCodes.ContentErrors : (int)ExitCodes.Success;
        });
        return command;
    }
}
