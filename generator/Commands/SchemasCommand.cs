using System.CommandLine;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Commands;

internal static class SchemasCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "Ordner mit site.yaml", DefaultValueFactory = _ => "content" };
        var output = new Option<string>("--output", "-o") { Description = "Zielordner der Schemas", DefaultValueFactory = _ => RecordSchemas.Folder };
        var command = new Command("schemas", "Schreibt die JSON-Schemas der Datensätze (für die Vervollständigung im Editor) neu, etwa nach Änderungen an den Listen in site.yaml.")
        {
            content, output,
        };
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticList();
            var settings = SiteSettingsReader.Read(result.GetValue(content)!, diagnostics);
            if (settings is null)
            {
                new DiagnosticPrinter(DiagnosticFormat.Text, MessageLanguage.German).Print(diagnostics, Console.Error);
                return (int)ExitCodes.ContentErrors;
            }
            var folder = result.GetValue(output)!;
            Directory.CreateDirectory(folder);
            foreach (var kind in OfferKinds.All)
            {
                var path = Path.Combine(folder, RecordSchemas.FileName(kind));
                File.WriteAllText(path, RecordSchemas.Write(kind, settings));
                Console.WriteLine($"Geschrieben: {path}");
            }
            return (int)ExitCodes.Success;
        });
        return command;
    }
}
