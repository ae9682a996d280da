namespace Angebotsverzeichnis.Loading.Records;

/// <summary>A recurring opening time or course time: days of the week (list values such as "mo") and a span.</summary>
public sealed record TimeSlot(IReadOnlyList<string> Days, TimeOnly From, TimeOnly To);
