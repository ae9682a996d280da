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
        common.Today.Validators.Add(CommonOptions.ValidateDate);
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticList();
            BuildPipeline.Check(common.Read(result), diagnostics);
            DiagnosticPrinter.Print(diagnostics, Console.Out);
            Console.Out.WriteLine($"Geprüft: {DiagnosticPrinter.Count(diagnostics)}.");
            return (int)(diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success);
        });
        return command;
    }
}
