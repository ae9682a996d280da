using Scriban;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// Functions templates call for interface strings, in the language of the page being rendered.
/// t, tf, label and language_name return texts that carry lang and dir when they fell back;
/// t_plain returns plain text for attributes and &lt;title&gt;, where no element may be nested.
/// </summary>
public static class TemplateFunctions
{
    public static object T(TemplateContext context, string key) => Texts(context).Ui(key);

    public static string TPlain(TemplateContext context, string key) => Texts(context).Ui(key).Text;

    public static object Tf(TemplateContext context, string key, object? first = null, object? second = null) =>
        Texts(context).Format(key, first, second);

    public static object Label(TemplateContext context, string list, string value) => Texts(context).Label(list, value);

    public static object LanguageName(TemplateContext context, string code) => Texts(context).LanguageName(code);

    private static LanguageTexts Texts(TemplateContext context) =>
        ((SafeTemplateContext)context).Texts ?? throw new InvalidOperationException("No page language set.");
}
