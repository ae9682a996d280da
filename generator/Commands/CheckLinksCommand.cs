using System.CommandLine;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Output;

namespace Angebotsverzeichnis.Commands;

internal static class CheckLinksCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var site = new Option<string>("--site") { Description = "Ordner der gebauten Website", DefaultValueFactory = _ => "_site" };
        var command = new Command("check-links", "Prüft in der gebauten Website, dass jeder interne Link zu einer Datei führt.") { site };
        command.Options.Add(common.Content);
        command.Options.Add(common.Messages);
        command.Options.Add(common.Format);
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticList();
            var printer = common.Printer(result);
            var settings = SiteSettingsReader.Read(result.GetValue(common.Content)!, diagnostics);
            var folder = result.GetValue(site)!;
            if (settings is null || !Directory.Exists(folder))
            {
                if (settings is not null) Console.Error.WriteLine($"{folder} gibt es nicht; bauen Sie die Website zuerst.");
                printer.Print(diagnostics, Console.Error);
                return (int)ExitCodes.ContentErrors;
            }
            var count = LinkChecker.Check(folder, settings.BaseUrl, diagnostics);
            printer.Print(diagnostics, Console.Out);
            Console.Out.WriteLine($"Links geprüft: {count}, {printer.Count(diagnostics)}.");
            return (int)(diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success);
        });
        return command;
    }
}
