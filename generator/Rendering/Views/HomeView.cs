namespace Angebotsverzeichnis.Rendering.Views;

public sealed record HomeView(int Total, IReadOnlyList<KindEntryView> Kinds, IReadOnlyList<LinkView> Towns, IReadOnlyList<LinkView> Languages);
