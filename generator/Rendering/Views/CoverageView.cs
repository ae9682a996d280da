namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>The coverage report page: each section has a chart and the table of the same figures.</summary>
public sealed record CoverageView
{
    public required string Today { get; init; }
    public required string TodayIso { get; init; }
    public required IReadOnlyList<string> KindTitles { get; init; }
    public required TrustedHtml TownKindChart { get; init; }
    public required IReadOnlyList<TableRowView> TownKindRows { get; init; }
    public required TableRowView DistrictWideRow { get; init; }
    public required IReadOnlyList<string> LanguageNames { get; init; }
    public required TrustedHtml LanguageChart { get; init; }
    public required IReadOnlyList<TableRowView> LanguageRows { get; init; }
    public required int GapCount { get; init; }
    public required IReadOnlyList<OverdueView> Overdue { get; init; }
    public required TrustedHtml FieldOfActionChart { get; init; }
    public required IReadOnlyList<TableRowView> FieldOfActionRows { get; init; }
    public required TrustedHtml TargetGroupChart { get; init; }
    public required IReadOnlyList<TableRowView> TargetGroupRows { get; init; }
    public required IReadOnlyList<LinkView> WaitingLists { get; init; }
    public required IReadOnlyList<LinkView> CsvFiles { get; init; }
    public required IReadOnlyList<TranslationRowView> Translations { get; init; }
}

/// <summary>One row of the translation status: a language and a kind (or the interface texts), the counts, the oldest stale text.</summary>
public sealed record TranslationRowView(string Language, string Kind, int Current, int Stale, int Missing, LinkView? Oldest, string? OldestReviewed);

public sealed record TableRowView(string Label, IReadOnlyList<CellView> Cells, int Total);

public sealed record CellView(int Value, bool IsGap);

public sealed record OverdueView(string Provider, IReadOnlyList<LinkView> Offers, IReadOnlyList<string> Reviewed);
