using System.CommandLine;
using Angebotsverzeichnis.Commands;

var root = new RootCommand("Angebotsverzeichnis: erzeugt aus den YAML-Datensätzen in content/ eine mehrsprachige statische Website.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(SchemasCommand.Create());
root.Subcommands.Add(CheckLinksCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ReviewCommand.Create());
root.Subcommands.Add(TranslateCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine("Hilfe: --help");
    return (int)ExitCodes.WrongUsage;
}
return parsed.Invoke();
