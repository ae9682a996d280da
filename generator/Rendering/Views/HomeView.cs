namespace Angebotsverzeichnis.Rendering.Views;

/// <param name="TownNames">The district's towns as a list in running text, for the introduction.</param>
public sealed record HomeView(int Total, string TownNames, IReadOnlyList<KindEntryView> Kinds, IReadOnlyList<LinkView> Towns, IReadOnlyList<LinkView> Languages);
