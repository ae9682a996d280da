namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// Markup that our own code produced (rendered Markdown, an included partial, a rendered page body).
/// The only kind of value a template writes unescaped; content can never construct one.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public override string ToString() => Html;
}
