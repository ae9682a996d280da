namespace Angebotsverzeichnis.Validation;

/// <summary>The day against which review dates and course end dates are judged, and whether the build publishes.</summary>
public sealed record ValidationOptions(DateOnly Today)
{
    public int ReviewIntervalMonths { get; init; } = 12;

    /// <summary>
    /// A publishing build (build without --preview) refuses what a public body may not put online, such as an
    /// Impressum with placeholders; validate and the preview only warn about it.
    /// </summary>
    public bool Publishing { get; init; }
}
