using Scriban;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// The page template as the layout's <c>content</c>: written where the layout writes it, rendered straight into
/// the page's output instead of first into a string of its own. The page template is therefore rendered after the
/// layout's head, so a variable it assigns is not seen by the layout above <c>{{ content }}</c>.
/// </summary>
public sealed record LayoutContent(Template Template);
