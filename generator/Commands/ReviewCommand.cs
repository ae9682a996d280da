using System.CommandLine;
using Angebotsverzeichnis.Review;

namespace Angebotsverzeichnis.Commands;

/// <summary>review: what a change does to the records, as Markdown for the pull request.</summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var before = new Option<string>("--before") { Description = "Inhaltsordner vor der Änderung (etwa ein Checkout des Ziel-Branches)", Required = true };
        var after = new Option<string>("--after") { Description = "Inhaltsordner nach der Änderung", DefaultValueFactory = _ => "content" };
        var output = new Option<string?>("--output", "-o") { Description = "Markdown-Datei; ohne Angabe auf die Standardausgabe" };
        var today = new Option<string?>("--today") { Description = "Stichtag der Prüfung (JJJJ-MM-TT), sonst heute" };
        var command = new Command("review", "Vergleicht zwei Stände der Inhalte und schreibt als Markdown, welche Datensätze neu, geändert (Feld für Feld) oder gelöscht sind.")
        {
            before, after, output, today,
        };
        command.SetAction(result =>
        {
            var folders = new[] { result.GetValue(before)!, result.GetValue(after)! };
            foreach (var folder in folders.Where(f => !Directory.Exists(f)))
            {
                Console.Error.WriteLine($"Den Ordner \"{folder}\" gibt es nicht. Geben Sie den Inhaltsordner an, zum Beispiel --after content.");
                return (int)ExitCodes.WrongUsage;
            }
            var day = DateOnly.FromDateTime(DateTime.Now);
            if (result.GetValue(today) is { } given && !DateOnly.TryParseExact(given, "yyyy-MM-dd", out day))
            {
                Console.Error.WriteLine($"\"{given}\" ist kein Datum. Schreiben Sie es als JJJJ-MM-TT, zum Beispiel --today 2026-11-25.");
                return (int)ExitCodes.WrongUsage;
            }
            var problems = NewProblems.Find(folders[0], folders[1], day).Select(d => (NewProblems.RelativeFile(d, folders[1]), d)).ToList();
            var report = ReviewReport.Write(ContentReview.Compare(ContentSnapshot.Read(folders[0]), ContentSnapshot.Read(folders[1])), problems);
            if (result.GetValue(output) is { } file) File.WriteAllText(file, report);
            else Console.Out.Write(report);
            return (int)ExitCodes.Success;
        });
        return command;
    }
}
