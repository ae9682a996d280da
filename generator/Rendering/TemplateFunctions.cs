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

    /// <summary>
    /// Like include, but renders the partial once per language and key and reuses the HTML: for fragments that
    /// appear on many pages, such as an offer's card in every listing. The partial may depend only on the key's subject.
    /// </summary>
    public static object IncludeCached(TemplateContext context, string name, string key)
    {
        var safe = (SafeTemplateContext)context;
        var cacheKey = $"{Texts(context).Language.Code}|{name}|{key}";
        if (safe.Fragments.TryGetValue(cacheKey, out var cached)) return cached;
        var template = context.CachedTemplates[$"partials/{name}.html"];
        var html = new TrustedHtml(context.RenderTemplate(template, new Scriban.Runtime.ScriptArray(), context.CurrentNode));
        safe.Fragments.TryAdd(cacheKey, html);
        return html;
    }

    private static LanguageTexts Texts(TemplateContext context) =>
        ((SafeTemplateContext)context).Texts ?? throw new InvalidOperationException("No page language set.");
}
