using System.CommandLine;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Import;

namespace Angebotsverzeichnis.Commands;

internal static class ImportCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var input = new Argument<string>("datei") { Description = "Die Datei mit den Angeboten: JSON Lines (.jsonl, .json) oder CSV (.csv), UTF-8" };
        var format = new Option<string?>("--format") { Description = "Form der Datei: jsonl oder csv; sonst nach der Dateiendung" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        // --format names the input's form here, so the form of the messages has its own name.
        var messageFormat = new Option<string>("--message-format") { Description = "Form der Meldungen: text oder github (Annotationen für GitHub Actions)", DefaultValueFactory = _ => "text" };
        messageFormat.AcceptOnlyFromAmong("text", "github");
        var command = new Command("import", "Übernimmt Angebote aus einer JSON-Lines- oder CSV-Datei als Datensätze in den Inhaltsordner (vorhandene mit gleicher Kennung werden ersetzt) und prüft danach alle Inhalte wie validate.")
        {
            input,
        };
        command.Options.Add(format);
        command.Options.Add(common.Content);
        command.Options.Add(common.Templates);
        command.Options.Add(common.Translations);
        command.Options.Add(common.Today);
        command.Options.Add(common.Messages);
        command.Options.Add(messageFormat);
        command.SetAction(result =>
        {
            var english = result.GetValue(common.Messages) == "en";
            var printer = new DiagnosticPrinter(
                result.GetValue(messageFormat) == "github" ? DiagnosticFormat.GitHub : DiagnosticFormat.Text,
                english ? MessageLanguage.English : MessageLanguage.German);
            var path = result.GetValue(input)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine(english ? $"{path} does not exist." : $"{path} gibt es nicht.");
                return (int)ExitCodes.WrongUsage;
            }
            var chosen = result.GetValue(format) switch
            {
                "jsonl" => ImportFormat.JsonLines,
                "csv" => ImportFormat.Csv,
                _ => OfferImporter.FormatOf(path),
            };
            if (chosen is null)
            {
                Console.Error.WriteLine(english
                    ? $"The form of {path} is not clear from its extension; give --format jsonl or --format csv."
                    : $"Die Form von {path} ist an der Endung nicht zu erkennen; geben Sie --format jsonl oder --format csv an.");
                return (int)ExitCodes.WrongUsage;
            }
            var options = common.Read(result);
            return (int)Run(path, chosen.Value, options, printer, english);
        });
        return command;
    }

    private static ExitCodes Run(string path, ImportFormat format, BuildOptions options, DiagnosticPrinter printer, bool english)
    {
        var problems = new DiagnosticList();
        var imported = OfferImporter.Import(path, format, options.ContentDirectory, problems);
        printer.Print(problems, Console.Out);
        if (imported is null)
        {
            Console.Out.WriteLine(english ? $"Nothing imported: {printer.Count(problems)}." : $"Nichts importiert: {printer.Count(problems)}.");
            return ExitCodes.ContentErrors;
        }
        var folder = DisplayPath.Of(options.ContentDirectory);
        Console.Out.WriteLine(english
            ? $"Imported: {imported.Imported} offers ({imported.New} new, {imported.Replaced} replaced) into {folder}."
            : $"Importiert: {imported.Imported} Angebote ({imported.New} neu, {imported.Replaced} ersetzt) nach {folder}.");
        if (problems.HasErrors)
        {
            Console.Out.WriteLine(english
                ? $"Not imported: {imported.Skipped} records with problems in {DisplayPath.Of(path)} ({printer.Count(problems)}, see above)."
                : $"Nicht importiert: {imported.Skipped} Datensätze mit Problemen in {DisplayPath.Of(path)} ({printer.Count(problems)}, siehe oben).");
        }

        var diagnostics = new DiagnosticList();
        BuildPipeline.Check(options, diagnostics);
        printer.Print(diagnostics, Console.Out);
        Console.Out.WriteLine($"{(english ? "Checked" : "Geprüft")}: {printer.Count(diagnostics)}.");
        return problems.HasErrors || diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
