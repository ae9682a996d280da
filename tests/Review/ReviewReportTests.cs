using Angebotsverzeichnis.Review;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Review;

/// <summary>
/// The review of a content change, as the pull request shows it: a fixture pair against a report checked by hand
/// (tests/fixtures/review/expected.md): added, changed field by field and per language, removed, unpublished,
/// review date renewed; internal notes and a contact person's details never appear.
/// </summary>
public class ReviewReportTests
{
    private static string Fixture(string part) => Path.Combine(RepositoryPaths.Fixtures, "review", part);

    private static string Report() =>
        ReviewReport.Write(ContentReview.Compare(ContentSnapshot.Read(Fixture("before")), ContentSnapshot.Read(Fixture("after"))));

    [Fact]
    public void FixturePair_GivesTheHandCheckedReport()
    {
        Assert.Equal(File.ReadAllText(Fixture("expected.md")).ReplaceLineEndings("\n"), Report());
    }

    [Fact]
    public void InternalNotes_AndContactPersonsDetails_NeverReachTheReport()
    {
        var report = Report();
        Assert.DoesNotContain("geheim", report);
        Assert.DoesNotContain("+49 111", report);
        Assert.DoesNotContain("+49 222", report);
        Assert.DoesNotContain("intern", report);
    }

    [Fact]
    public void TheSameContent_GivesAReportThatSaysSo()
    {
        var content = ContentSnapshot.Read(RepositoryPaths.Content);
        Assert.True(content.Count >= 50, $"{content.Count} records in content/");
        Assert.Equal("## Änderungen an den Angeboten\n\nDiese Änderung ändert keinen Datensatz.\n", ReviewReport.Write(ContentReview.Compare(content, content)));
    }

    /// <summary>A change that makes the check warn: the review lists that warning, and only it (not the ones the content had before).</summary>
    [Fact]
    public void AWarningTheChangeBringsIn_IsListed_AndOnlyThat()
    {
        using var folder = new TemporaryDirectory();
        var before = folder.Combine("before");
        var after = folder.Combine("after");
        CopyFolder(RepositoryPaths.Content, before);
        CopyFolder(RepositoryPaths.Content, after);
        var record = Path.Combine(after, "sprachkurse", "vhs-witten-integrationskurs-a1.yaml");
        File.WriteAllText(record, File.ReadAllText(record).Replace("geprueft_am: 2026-10-02", "geprueft_am: 2024-01-01", StringComparison.Ordinal));
        var today = new DateOnly(2026, 11, 25);

        var problems = NewProblems.Find(before, after, today);
        var problem = Assert.Single(problems);
        Assert.Equal("AV309", problem.Code);
        Assert.Equal("sprachkurse/vhs-witten-integrationskurs-a1.yaml", NewProblems.RelativeFile(problem, after));
        var report = ReviewReport.Write(ContentReview.Compare(ContentSnapshot.Read(before), ContentSnapshot.Read(after)),
            problems.Select(p => (NewProblems.RelativeFile(p, after), p)).ToList());
        Assert.Contains("### Neue Hinweise der Prüfung\n\n- Warnung AV309 in `sprachkurse/vhs-witten-integrationskurs-a1.yaml:", report);
        Assert.Contains("| `geprueft_am` | `2026-10-02` | `2024-01-01` |", report);

        Assert.Empty(NewProblems.Find(before, before, today));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
