namespace Angebotsverzeichnis.Validation;

/// <summary>The one rule for link targets in content: only http, https, mailto and tel, written as absolute addresses.</summary>
public static class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static string AllowedList => string.Join(", ", AllowedSchemes);

    public static bool IsAllowed(string? target)
    {
        if (string.IsNullOrWhiteSpace(target)) return false;
        var trimmed = target.Trim();
        if (trimmed.Any(char.IsControl) || InvisibleCharacters.InLink(trimmed) >= 0) return false;
        var colon = trimmed.IndexOf(':');
        if (colon <= 0) return false;
        var scheme = trimmed[..colon].ToLowerInvariant();
        if (!AllowedSchemes.Contains(scheme)) return false;
        if (scheme is "http" or "https")
        {
            return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host);
        }
        return trimmed.Length > colon + 1;
    }
}
