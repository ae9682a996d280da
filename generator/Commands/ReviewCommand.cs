using System.CommandLine;
using Angebotsverzeichnis.Review;

namespace Angebotsverzeichnis.Commands;

/// <summary>review: what a change does to the records, as Markdown for the pull request.</summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var before = new Option<string>("--before") { Description = "Stand vor der Änderung: ein Inhaltsordner oder eine Git-Revision (main, HEAD~1, Commit)", Required = true };
        var after = new Option<string>("--after") { Description = "Stand nach der Änderung: ein Inhaltsordner oder eine Git-Revision", DefaultValueFactory = _ => "content" };
        var output = new Option<string?>("--output", "-o") { Description = "Markdown-Datei; ohne Angabe auf die Standardausgabe" };
        var today = new Option<string?>("--today") { Description = "Stichtag der Prüfung (JJJJ-MM-TT), sonst heute" };
        var command = new Command("review", "Vergleicht zwei Stände der Inhalte und schreibt als Markdown, welche Datensätze neu, geändert (Feld für Feld) oder gelöscht sind.")
        {
            before, after, output, today,
        };
        command.SetAction(result =>
        {
            var day = DateOnly.FromDateTime(DateTime.Now);
            if (result.GetValue(today) is { } given && !DateOnly.TryParseExact(given, "yyyy-MM-dd", out day))
            {
                Console.Error.WriteLine($"\"{given}\" ist kein Datum. Schreiben Sie es als JJJJ-MM-TT, zum Beispiel --today 2026-11-25.");
                return (int)ExitCodes.WrongUsage;
            }
            var checkouts = new List<RevisionCheckout>();
            try
            {
                var states = new[] { result.GetValue(before)!, result.GetValue(after)! }.Select(state => Open(state, checkouts)).ToList();
                if (states.Any(s => s is null)) return (int)ExitCodes.WrongUsage;
                var (old, @new) = (states[0]!, states[1]!);
                var problems = NewProblems.Find(old, @new, day).Select(d => (NewProblems.RelativeFile(d, @new.ContentDirectory), d)).ToList();
                var review = ContentReview.Compare(ContentSnapshot.Read(old.ContentDirectory), ContentSnapshot.Read(@new.ContentDirectory));
                var report = ReviewReport.Write(review, problems, PageChanges.Find(old, @new, day));
                if (result.GetValue(output) is { } file) File.WriteAllText(file, report);
                else Console.Out.Write(report);
                return (int)ExitCodes.Success;
            }
            finally
            {
                foreach (var checkout in checkouts) checkout.Dispose();
            }
        });
        return command;
    }

    /// <summary>A content folder as it is, or the files of a Git revision unpacked; null (with a message) when it is neither.</summary>
    private static ReviewInputs? Open(string state, List<RevisionCheckout> checkouts)
    {
        if (Directory.Exists(state)) return ReviewInputs.FromContentFolder(state);
        try
        {
            var checkout = RevisionCheckout.Extract(state, Directory.GetCurrentDirectory());
            checkouts.Add(checkout);
            return checkout.Inputs;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"\"{state}\" ist weder ein Ordner noch eine Git-Revision dieses Repositorys ({e.Message}). Geben Sie den Inhaltsordner an, zum Beispiel --after content, oder eine Revision wie --before main.");
            return null;
        }
    }
}
