using System.CommandLine;
using Angebotsverzeichnis.Serving;

namespace Angebotsverzeichnis.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var port = new Option<int>("--port") { Description = "Port auf 127.0.0.1", DefaultValueFactory = _ => 4321 };
        var output = new Option<string>("--output", "-o") { Description = "Ordner für die Vorschau (nicht die veröffentlichte Website)", DefaultValueFactory = _ => "_vorschau" };
        var timings = new Option<bool>("--timings") { Description = "nach jedem Neubau die Dauer jeder Stufe zeigen" };
        var command = new Command("serve", "Vorschau für Redaktionen: baut, zeigt die Website auf 127.0.0.1 und baut nach jedem Speichern neu, was sich geändert hat.");
        common.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(output);
        command.Options.Add(timings);
        command.SetAction(async (result, cancellation) =>
        {
            var options = common.Read(result) with { OutputDirectory = result.GetValue(output)!, LeafletPdfs = LeafletPdfs.Off };
            var messages = result.GetValue(common.Messages) == "en" ? Diagnostics.MessageLanguage.English : Diagnostics.MessageLanguage.German;
            await new PreviewSession(options, messages, Console.Out, result.GetValue(timings)).RunAsync(result.GetValue(port), cancellation);
            return (int)ExitCodes.Success;
        });
        return command;
    }
}
