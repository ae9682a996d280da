using System.Diagnostics;
using Angebotsverzeichnis.Review;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Review;

/// <summary>
/// The review of a pull request compares two Git revisions, as the workflow runs it (--before the base commit):
/// a phone number changed in one Witten course gives its field change and the pages that change, per town and
/// language, against a report checked by hand (tests/fixtures/review/revisions/expected.md): the course's page and
/// the Witten leaflet (which prints phone numbers) in each of the eight languages, nothing in another town.
/// </summary>
public class RevisionReviewTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void TwoRevisions_GiveTheHandCheckedReport_WithThePagesPerTownAndLanguage()
    {
        using var repository = new TemporaryDirectory();
        foreach (var folder in new[] { "content", "translations", "templates" })
            repository.CopyFolder(Path.Combine(RepositoryPaths.Root, folder), folder);
        Git(repository.Path, "init", "-q");
        Git(repository.Path, "add", "-A");
        Git(repository.Path, "commit", "-q", "-m", "before");
        var record = repository.Combine("content", "sprachkurse", "vhs-witten-integrationskurs-a1.yaml");
        var text = File.ReadAllText(record);
        Assert.Contains("telefon: \"+49 2302 0000-210\"", text);
        File.WriteAllText(record, text.Replace("telefon: \"+49 2302 0000-210\"", "telefon: \"+49 2302 0000-219\"", StringComparison.Ordinal));
        Git(repository.Path, "commit", "-q", "-a", "-m", "after");
        // The working tree is the later state; the earlier one must come from Git, not from the folder.
        File.WriteAllText(record, "kaputt: [");

        using var before = RevisionCheckout.Extract("HEAD~1", repository.Path);
        using var after = RevisionCheckout.Extract("HEAD", repository.Path);
        var review = ContentReview.Compare(ContentSnapshot.Read(before.Inputs.ContentDirectory), ContentSnapshot.Read(after.Inputs.ContentDirectory));
        var problems = NewProblems.Find(before.Inputs, after.Inputs, Today)
            .Select(p => (NewProblems.RelativeFile(p, after.Inputs.ContentDirectory), p)).ToList();
        var report = ReviewReport.Write(review, problems, PageChanges.Find(before.Inputs, after.Inputs, Today));

        var expected = File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "review", "revisions", "expected.md")).ReplaceLineEndings("\n");
        Assert.Equal(expected, report);
    }

    [Fact]
    public void ARevisionThatDoesNotExist_IsRefusedWithGitsReason()
    {
        using var repository = new TemporaryDirectory();
        repository.CopyFolder(RepositoryPaths.Content, "content");
        Git(repository.Path, "init", "-q");
        Git(repository.Path, "add", "-A");
        Git(repository.Path, "commit", "-q", "-m", "only");
        var error = Assert.Throws<InvalidOperationException>(() => RevisionCheckout.Extract("gibt-es-nicht", repository.Path));
        Assert.Contains("gibt-es-nicht", error.Message);
        Assert.Throws<ArgumentException>(() => RevisionCheckout.Extract("--output=/tmp/x", repository.Path));
    }

    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var (name, value) in new[] { ("GIT_AUTHOR_NAME", "Test"), ("GIT_AUTHOR_EMAIL", "test@example.org"), ("GIT_COMMITTER_NAME", "Test"), ("GIT_COMMITTER_EMAIL", "test@example.org") })
            start.Environment[name] = value;
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
    }
}
