using System.CommandLine;
using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis.Commands;

internal static class ValidateCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var command = new Command("validate", "Prüft alle Inhalte und Vorlagen und schreibt nichts.");
        common.AddTo(command);
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticList();
            var printer = common.Printer(result);
            BuildPipeline.Check(common.Read(result), diagnostics);
            printer.Print(diagnostics, Console.Out);
            Console.Out.WriteLine($"{(result.GetValue(common.Messages) == "en" ? "Checked" : "Geprüft")}: {printer.Count(diagnostics)}.");
            return (int)(diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success);
        });
        return command;
    }
}
