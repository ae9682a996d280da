using System.Text;

namespace Angebotsverzeichnis.Review;

/// <summary>
/// The review of a pull request as Markdown, for the job summary and the pull-request comment. Every value from a
/// record is set as inline code, so that a text from a pull request cannot add links, mentions or HTML to the
/// comment; long values are shortened, line breaks shown as ⏎.
/// </summary>
public static class ReviewReport
{
    private const int LongestValue = 160;

    /// <param name="newProblems">What the check finds after the change and not before, with the file relative to the content folder.</param>
    /// <param name="pages">Which pages the change alters per town and language, when they were compared.</param>
    public static string Write(ContentReview review, IReadOnlyList<(string File, Diagnostics.Diagnostic Problem)>? newProblems = null, PageChangeSet? pages = null)
    {
        var text = new StringBuilder();
        text.Append("## Änderungen an den Angeboten\n\n");
        if (review.IsEmpty)
        {
            text.Append("Diese Änderung ändert keinen Datensatz.\n");
            AppendPages(text, pages);
            AppendProblems(text, newProblems);
            return text.ToString();
        }
        var unpublished = review.Changed.Where(c => c.Unpublished).ToList();
        var renewed = review.Changed.Where(c => c.ReviewRenewed).ToList();
        text.Append($"{review.Added.Count} neu, {review.Changed.Count} geändert, {review.Removed.Count} gelöscht");
        text.Append($", davon {unpublished.Count} nicht mehr veröffentlicht, {renewed.Count} mit neuem Prüfdatum.\n");

        if (review.Added.Count > 0)
        {
            text.Append("\n### Neu\n\n");
            foreach (var record in review.Added)
                text.Append($"- {Record(record)}: {Code(record.Field("name.de") ?? "")}{(record.Published ? "" : " (nicht veröffentlicht)")}\n");
        }
        if (review.Changed.Count > 0)
        {
            text.Append("\n### Geändert\n");
            foreach (var change in review.Changed)
            {
                var marks = new List<string>();
                if (change.Unpublished) marks.Add("**nicht mehr veröffentlicht**");
                if (change.Republished) marks.Add("wieder veröffentlicht");
                if (change.ReviewRenewed) marks.Add($"Prüfdatum erneuert ({change.Before.Field("geprueft_am")} → {change.After.Field("geprueft_am")})");
                text.Append($"\n#### {Record(change.After)}{(marks.Count > 0 ? " – " + string.Join(", ", marks) : "")}\n\n");
                text.Append("| Feld | vorher | nachher |\n|---|---|---|\n");
                foreach (var field in change.Changes)
                    text.Append($"| {Code(field.Path)} | {Value(field.Before, field.Hidden)} | {Value(field.After, field.Hidden)} |\n");
            }
        }
        if (review.Removed.Count > 0)
        {
            text.Append("\n### Gelöscht\n\n");
            foreach (var record in review.Removed) text.Append($"- {Record(record)}: {Code(record.Field("name.de") ?? "")}\n");
        }
        AppendPages(text, pages);
        AppendProblems(text, newProblems);
        return text.ToString();
    }

    private const int LongestPageList = 60;
    private const string WholeDistrict = "ganzer Kreis (Start, Arten, Sprachen, Suche …)";

    private static void AppendPages(StringBuilder text, PageChangeSet? pages)
    {
        if (pages is null) return;
        text.Append("\n### Seiten, die sich ändern\n\n");
        if (pages.Changes.Count == 0)
        {
            text.Append("Keine: jede Seite bleibt in jeder Sprache, wie sie ist.\n");
            return;
        }
        var languages = pages.Languages.Where(l => pages.Changes.Any(c => c.Language == l)).ToList();
        var rows = pages.Towns.Cast<string?>().Append(null).Where(t => pages.Changes.Any(c => c.Town == t)).ToList();
        text.Append($"{pages.Changes.Count} Seiten (neu, geändert oder entfernt), je Stadt und Sprache:\n\n");
        text.Append("| Stadt | ").Append(string.Join(" | ", languages.Select(Code))).Append(" |\n");
        text.Append("|---|").Append(string.Concat(languages.Select(_ => "---:|"))).Append('\n');
        foreach (var town in rows)
        {
            text.Append("| ").Append(town is null ? WholeDistrict : Code(town));
            foreach (var language in languages)
            {
                var count = pages.Changes.Count(c => c.Town == town && c.Language == language);
                text.Append(" | ").Append(count == 0 ? "–" : count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            text.Append(" |\n");
        }
        text.Append("\n<details><summary>Die Seiten</summary>\n\n");
        foreach (var change in pages.Changes.Take(LongestPageList))
        {
            var kind = change.Kind switch { PageChangeKind.Added => "neu", PageChangeKind.Removed => "entfernt", _ => "geändert" };
            text.Append($"- {Code(change.Path)} ({kind})\n");
        }
        if (pages.Changes.Count > LongestPageList) text.Append($"- … und {pages.Changes.Count - LongestPageList} weitere\n");
        text.Append("\n</details>\n");
    }

    private static void AppendProblems(StringBuilder text, IReadOnlyList<(string File, Diagnostics.Diagnostic Problem)>? problems)
    {
        if (problems is null) return;
        text.Append("\n### Neue Hinweise der Prüfung\n\n");
        if (problems.Count == 0)
        {
            text.Append("Keine: die Prüfung findet nach der Änderung nichts, was sie vorher nicht fand.\n");
            return;
        }
        foreach (var (file, problem) in problems)
        {
            var severity = problem.Severity == Diagnostics.Severity.Error ? "**Fehler**" : "Warnung";
            text.Append($"- {severity} {problem.Code} in {Code($"{file}:{problem.Position.Line}:{problem.Position.Column}")}: {Code(problem.Message)}\n");
        }
    }

    private static string Record(RecordSnapshot record) => $"{Code(record.Id)} ({record.Kind})";

    private static string Value(string? value, bool hidden) =>
        value is null ? "–" : hidden ? "(geändert, nicht angezeigt)" : Code(value);

    /// <summary>A value as an inline code span that nothing inside can end; pipes escaped for the table.</summary>
    private static string Code(string value)
    {
        var shown = value.ReplaceLineEndings("⏎").TrimEnd('⏎');
        if (shown.Length > LongestValue) shown = shown[..LongestValue] + "…";
        shown = shown.Replace("|", "\\|", StringComparison.Ordinal);
        var fence = "`";
        while (shown.Contains(fence, StringComparison.Ordinal)) fence += "`";
        var pad = shown.StartsWith('`') || shown.EndsWith('`') || shown.Length == 0 ? " " : "";
        return $"{fence}{pad}{shown}{pad}{fence}";
    }
}
