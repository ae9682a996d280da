using System.Diagnostics;
using System.Formats.Tar;

namespace Angebotsverzeichnis.Review;

/// <summary>
/// The content, translations and templates of a Git revision ("main", "HEAD~1", a commit), unpacked into a
/// temporary folder with `git archive`, so a review can compare two revisions without touching the working tree.
/// </summary>
public sealed class RevisionCheckout : IDisposable
{
    private static readonly string[] Folders = ["content", "translations", "templates"];
    private readonly string _directory;

    private RevisionCheckout(string directory) => _directory = directory;

    public ReviewInputs Inputs => new(Path.Combine(_directory, "content"), Path.Combine(_directory, "translations"), Path.Combine(_directory, "templates"));

    /// <summary>Unpacks the revision of the repository that holds <paramref name="repository"/>; throws with git's message when it has no such revision.</summary>
    public static RevisionCheckout Extract(string revision, string repository)
    {
        if (revision.StartsWith('-') || revision.Any(char.IsWhiteSpace)) throw new ArgumentException($"\"{revision}\" ist keine Git-Revision.");
        var directory = Path.Combine(Path.GetTempPath(), "angebote-review", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var checkout = new RevisionCheckout(directory);
        try
        {
            var present = Git(repository, ["ls-tree", "--name-only", revision], text: true).Text!
                .Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var folders = Folders.Where(present.Contains).ToList();
            if (!folders.Contains("content")) throw new InvalidOperationException($"In der Revision {revision} gibt es keinen Ordner content/.");
            var archive = Git(repository, ["archive", "--format=tar", revision, "--", .. folders], text: false).Bytes!;
            using var stream = new MemoryStream(archive);
            TarFile.ExtractToDirectory(stream, directory, overwriteFiles: false);
            return checkout;
        }
        catch
        {
            checkout.Dispose();
            throw;
        }
    }

    private static (string? Text, byte[]? Bytes) Git(string repository, IReadOnlyList<string> arguments, bool text)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repository };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("git lässt sich nicht starten.");
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error.Result.Trim()}");
        return text ? (System.Text.Encoding.UTF8.GetString(output.ToArray()), null) : (null, output.ToArray());
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
