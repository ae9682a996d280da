using Scriban.Runtime;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// Functions templates call for interface strings, in the language of the page being rendered.
/// t, tf, label and language_name return texts that carry lang and dir when they fell back;
/// t_plain returns plain text for attributes and &lt;title&gt;, where no element may be nested.
/// </summary>
public static class TemplateFunctions
{
    /// <summary>The functions by the names templates call them.</summary>
    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        Add(functions, "t", typeof(object), [Text("key")], (c, a) => Texts(c).Ui((string)a[0]!));
        Add(functions, "t_plain", typeof(string), [Text("key")], (c, a) => Texts(c).Ui((string)a[0]!).Text);
        Add(functions, "tf", typeof(object), [Text("key"), Optional("first"), Optional("second")],
            (c, a) => Texts(c).Format((string)a[0]!, a[1], a[2]));
        Add(functions, "label", typeof(object), [Text("list"), Text("value")], (c, a) => Texts(c).Label((string)a[0]!, (string)a[1]!));
        Add(functions, "language_name", typeof(object), [Text("code")], (c, a) => Texts(c).LanguageName((string)a[0]!));
        Add(functions, "include_cached", typeof(object), [Text("name"), Text("key")], (c, a) => IncludeCached(c, (string)a[0]!, (string)a[1]!));
        return functions;
    }

    private static ScriptParameterInfo Text(string name) => new(typeof(string), name);

    private static ScriptParameterInfo Optional(string name) => new(typeof(object), name, null);

    private static void Add(ScriptObject functions, string name, Type returnType, ScriptParameterInfo[] parameters, Func<SafeTemplateContext, ScriptArray, object?> invoke) =>
        functions.SetValue(name, new TemplateFunction(returnType, parameters, invoke), readOnly: true);

    /// <summary>
    /// Like include, but renders the partial once per language and key and reuses the HTML: for fragments that
    /// appear on many pages, such as an offer's card in every listing. The partial may depend only on the key's subject.
    /// </summary>
    private static object IncludeCached(SafeTemplateContext context, string name, string key)
    {
        var cacheKey = $"{Texts(context).Language.Code}|{name}|{key}";
        if (context.Fragments.TryGetValue(cacheKey, out var cached)) return cached;
        var template = context.CachedTemplates[$"partials/{name}.html"];
        var html = new TrustedHtml(context.RenderTemplate(template, new ScriptArray(), context.CurrentNode));
        context.Fragments.TryAdd(cacheKey, html);
        return html;
    }

    private static LanguageTexts Texts(SafeTemplateContext context) =>
        context.Texts ?? throw new InvalidOperationException("No page language set.");
}
