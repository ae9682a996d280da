namespace Angebotsverzeichnis.Validation;

/// <summary>The day against which review dates and course end dates are judged.</summary>
public sealed record ValidationOptions(DateOnly Today)
{
    public int ReviewIntervalMonths { get; init; } = 12;
}
