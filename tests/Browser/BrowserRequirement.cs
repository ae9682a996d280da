namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>
/// The skip rule for checks that need software outside .NET (Chromium, Java): on a developer machine without it the
/// test is skipped with a hint; in CI (environment variable CI=true) a missing tool is a failure, never a skip.
/// </summary>
public static class BrowserRequirement
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    /// <summary>Skips (locally) or fails (CI=true) when <paramref name="available"/> is false.</summary>
    public static void Require(bool available, string what, string hint)
    {
        if (available) return;
        var message = $"{what} is missing: {hint}";
        if (InCi) Assert.Fail(message + " (CI=true, so this is not skipped)");
        Skip.If(true, message);
    }

    public static void RequireChromium() => Require(ChromiumInstalled, ChromiumPath, "install chromium or run .ci/run");
}
