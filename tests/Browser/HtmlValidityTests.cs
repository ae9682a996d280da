using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Angebotsverzeichnis.Tests.Building;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>
/// Every HTML page of the sample site passes the W3C Nu Html Checker (vnu.jar from the npm package vnu-jar, see
/// package.json; .ci/run installs it with npm ci).
/// </summary>
public class HtmlValidityTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static string Jar => Path.Combine(RepositoryPaths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [SkippableFact]
    public void EveryPage_PassesTheNuHtmlChecker()
    {
        var java = FindOnPath("java");
        BrowserRequirement.Require(java is not null, "java", "install a Java runtime (default-jre-headless) or run .ci/run");
        BrowserRequirement.Require(File.Exists(Jar), Jar, "run npm ci (or .ci/run)");
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));

        // A page with known errors, checked in the same run: proves the checker reads files and reports errors.
        using var canary = new TemporaryDirectory();
        File.WriteAllText(canary.Combine("canary.html"), "<!DOCTYPE html><html lang=\"de\"><title>x</title><p><div></span></html>");

        var start = new ProcessStartInfo(java!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in new[] { "-jar", Jar, "--errors-only", "--skip-non-html", "--format", "json", site.Output, canary.Path })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("vnu.jar did not finish within 5 minutes");
        }

        // vnu writes its JSON report to standard error.
        var report = standardError.Result.Trim();
        JsonDocument json;
        try { json = JsonDocument.Parse(report); }
        catch (JsonException) { throw new Xunit.Sdk.XunitException($"vnu.jar exited with {process.ExitCode} without a report:\n{report}\n{standardOutput.Result}"); }

        var messages = json.RootElement.GetProperty("messages").EnumerateArray().Select(Message.From).ToList();
        Assert.Contains(messages, m => m.File.EndsWith("canary.html", StringComparison.Ordinal) && m.Text.Contains("span", StringComparison.Ordinal));

        var errors = messages.Where(m => !m.File.EndsWith("canary.html", StringComparison.Ordinal)).ToList();
        var text = new StringBuilder($"{errors.Count} HTML error(s) in the sample site:\n");
        foreach (var error in errors.Take(200))
        {
            var file = error.File.StartsWith("file:", StringComparison.Ordinal) ? Uri.UnescapeDataString(error.File["file:".Length..]) : error.File;
            if (file.StartsWith(site.Output, StringComparison.Ordinal)) file = OutputFiles.SitePath(site.Output, file);
            text.AppendLine($"{file}:{error.Line}: {error.Type}: {error.Text}  [{error.Extract}]");
        }
        Assert.True(errors.Count == 0, text.ToString());
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);

    private sealed record Message(string Type, string File, int Line, string Text, string Extract)
    {
        public static Message From(JsonElement m) => new(
            m.TryGetProperty("type", out var type) ? type.GetString() ?? "" : "",
            m.TryGetProperty("url", out var url) ? url.GetString() ?? "" : "",
            m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
            m.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "",
            m.TryGetProperty("extract", out var extract) ? (extract.GetString() ?? "").ReplaceLineEndings(" ") : "");
    }
}
