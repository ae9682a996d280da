using System.CommandLine;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Validation;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Commands;

internal static class NewCommand
{
    public static Command Create()
    {
        var kinds = OfferKinds.All.Select(k => k.Folder).ToArray();
        var kind = new Argument<string>("art") { Description = $"Art des Angebots: {string.Join(", ", kinds)}" };
        kind.AcceptOnlyFromAmong(kinds);
        var id = new Argument<string>("kennung") { Description = "Kennung des Angebots, zugleich Dateiname: Kleinbuchstaben, Ziffern, Bindestriche" };
        id.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (!ContactFormats.IsSlug(value))
                result.AddError($"\"{value}\" ist als Kennung nicht erlaubt: nur a–z, 0–9 und einzelne Bindestriche, zum Beispiel \"{ContentValidator.SuggestSlug(value)}\".");
        });
        var content = new Option<string>("--content") { Description = "Ordner mit den Angeboten und site.yaml", DefaultValueFactory = _ => "content" };
        var today = new Option<string?>("--today") { Description = "Prüfdatum der neuen Datei (JJJJ-MM-TT), sonst das heutige Datum" };
        today.Validators.Add(CommonOptions.ValidateDate);
        var command = new Command("new", "Legt eine neue Datensatzdatei mit allen Feldern und kurzen Erklärungen an.") { kind, id, content, today };
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticList();
            var contentDirectory = result.GetValue(content)!;
            var settings = SiteSettingsReader.Read(contentDirectory, diagnostics);
            if (settings is null)
            {
                new DiagnosticPrinter(DiagnosticFormat.Text, MessageLanguage.German).Print(diagnostics, Console.Error);
                return (int)ExitCodes.ContentErrors;
            }
            var offerKind = OfferKinds.FromFolder(result.GetValue(kind)!)!;
            var path = Path.Combine(contentDirectory, offerKind.Folder, result.GetValue(id)! + ".yaml");
            if (File.Exists(path))
            {
                Console.Error.WriteLine($"{path} gibt es schon; wählen Sie eine andere Kennung.");
                return (int)ExitCodes.WrongUsage;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, RecordTemplate.For(offerKind, settings, CommonOptions.ParseDate(result.GetValue(today)) ?? DateOnly.FromDateTime(DateTime.Now)));
            Console.WriteLine($"Angelegt: {path}");
            return (int)ExitCodes.Success;
        });
        return command;
    }
}
