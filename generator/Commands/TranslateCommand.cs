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
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Import());
        return command;
    }

    private static Command Export()
    {
        var common = new CommonOptions();
        var language = new Option<string>("--language", "-l") { Description = "Zielsprache (Sprachcode aus content/site.yaml, etwa fa)", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "XLIFF-Datei; ohne Angabe uebersetzung-<sprache>.xlf" };
        var command = new Command("export", "Schreibt eine XLIFF-Datei (1.2) mit jedem Text, der in der Sprache fehlt oder veraltet ist, für Übersetzerinnen und Übersetzer.") { language, output };
        common.AddTo(command);
        command.SetAction(result =>
        {
            var (content, printer, code) = Load(common, result);
            if (content is null) return code;
            var target = result.GetValue(language)!;
            if (target == content.Settings.SourceLanguage || content.Settings.LanguageWithCode(target) is null)
            {
                Console.Error.WriteLine($"\"{target}\" ist keine Übersetzungssprache der Website; möglich sind {string.Join(", ", content.Settings.Languages.Select(l => l.Code).Where(c => c != content.Settings.SourceLanguage))}.");
                return (int)ExitCodes.WrongUsage;
            }
            var units = TranslationUnits.Open(content, target);
            var file = result.GetValue(output) ?? $"uebersetzung-{target}.xlf";
            File.WriteAllText(file, XliffFile.Write(units, content.Settings.SourceLanguage, target));
            Console.WriteLine($"{units.Count} Texte ({units.Count(u => u.State == UnitState.Missing)} fehlen, {units.Count(u => u.State == UnitState.Stale)} veraltet) in {file}.");
            return (int)ExitCodes.Success;
        });
        return command;
    }

    private static Command Import()
    {
        var common = new CommonOptions();
        var file = new Argument<string>("datei") { Description = "die übersetzte XLIFF-Datei" };
        var command = new Command("import", "Schreibt die Übersetzungen einer XLIFF-Datei in die Datensätze und translations/, jede mit dem Fingerabdruck ihres deutschen Textes; sonst ändert sich nichts.") { file };
        common.AddTo(command);
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"Die Datei \"{path}\" gibt es nicht.");
                return (int)ExitCodes.WrongUsage;
            }
            var (content, _, code) = Load(common, result);
            if (content is null) return code;
            TranslationImporter.Outcome outcome;
            try
            {
                outcome = TranslationImporter.Import(path, content, result.GetValue(common.Translations)!);
            }
            catch (System.Xml.XmlException e)
            {
                Console.Error.WriteLine($"{path}:{e.LineNumber}:{e.LinePosition}: Die Datei ist kein lesbares XLIFF: {e.Message}");
                return (int)ExitCodes.ContentErrors;
            }
            foreach (var refusal in outcome.Refused) Console.Error.WriteLine($"{path}:{refusal.Line}: nicht übernommen: {refusal.Unit}: {refusal.Reason}");
            Console.WriteLine($"{outcome.Written} Übersetzungen ins {outcome.Language} übernommen, {outcome.Refused.Count} nicht übernommen.");
            return outcome.Refused.Count > 0 ? (int)ExitCodes.ContentErrors : (int)ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The content and translations as they are; null (after printing the problems) when they do not load.</summary>
    private static (Loading.ContentSet? Content, DiagnosticPrinter Printer, int Code) Load(CommonOptions common, ParseResult result)
    {
        var options = common.Read(result);
        var printer = common.Printer(result);
        var diagnostics = new DiagnosticList();
        var content = Loading.ContentLoader.Load(options.ContentDirectory, options.TranslationsDirectory, diagnostics);
        if (content is null || diagnostics.HasErrors)
        {
            printer.Print(diagnostics, Console.Error);
            return (null, printer, (int)ExitCodes.ContentErrors);
        }
        return (content, printer, 0);
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
