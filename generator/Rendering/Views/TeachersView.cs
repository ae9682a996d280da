namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>The teachers' page: every leaflet by town and language, and the choices for printing several together.</summary>
/// <param name="LeafletPattern">The address of any leaflet, with {lang} and {slug} to fill in (for printing several together).</param>
public sealed record TeachersView(IReadOnlyList<TeachersTownView> Towns, IReadOnlyList<OptionView> Languages, string CollectionUrl, string PageUrl, string LeafletPattern, string ScriptUrl);

public sealed record TeachersTownView(string Name, string Slug, IReadOnlyList<TeachersLeafletView> Leaflets);

public sealed record TeachersLeafletView(string Lang, string Dir, string Name, string Url, string? PdfUrl);
