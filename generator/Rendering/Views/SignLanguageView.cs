namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>The video in German Sign Language, a file of the site itself (no third-party player), or none yet.</summary>
public sealed record SignLanguageView(string? VideoUrl, string? VideoType, string? CaptionsUrl)
{
    public bool HasVideo => VideoUrl is not null;
}
