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
}
