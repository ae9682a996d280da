namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>A link with its text; <see cref="Count"/> is shown beside entries of overviews; a gap stands for left-out page numbers.</summary>
public sealed record LinkView(object Title, string Url, int Count = 0, bool IsCurrent = false)
{
    public bool IsGap { get; init; }
}
