using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// All templates of templates/, parsed once at start. Parse errors, and uses of "capture" (whose output would be
/// escaped twice), are reported with file, line and column before anything is rendered.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    public const string AssetsFolder = "assets";
    public const string StaticFolder = "static";
    private const string PartialsFolder = "partials";
    private static readonly string[] TemplateExtensions = [".html", ".xml", ".txt"];

    private readonly Dictionary<string, Template> _templates;

    private TemplateSet(string directory, Dictionary<string, Template> templates)
    {
        Directory = directory;
        _templates = templates;
    }

    public string Directory { get; }

    public static TemplateSet? Load(string directory, DiagnosticList diagnostics)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            diagnostics.Error(SourcePosition.StartOf(DisplayPath.Of(directory)), ProblemCodes.TemplateError, "Der Vorlagenordner fehlt.",
                "The templates folder is missing.");
            return null;
        }
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var failed = false;
        foreach (var path in System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(directory, path).Replace('\\', '/');
            if (name.StartsWith(AssetsFolder + "/", StringComparison.Ordinal) || name.StartsWith(StaticFolder + "/", StringComparison.Ordinal) ||
                name.StartsWith(Output.FormEditor.FormEditorFiles.TemplatesFolder + "/", StringComparison.Ordinal) ||
                !TemplateExtensions.Contains(Path.GetExtension(path))) continue;
            var display = DisplayPath.Of(path);
            var template = Template.Parse(File.ReadAllText(path), display);
            foreach (var message in template.Messages)
            {
                if (message.Type != ParserMessageType.Error) continue;
                diagnostics.Error(At(display, message.Span), ProblemCodes.TemplateError, message.Message, message.Message);
                failed = true;
            }
            if (template.Page is not null)
            {
                foreach (var capture in Descendants(template.Page).OfType<ScriptCaptureStatement>())
                {
                    diagnostics.Error(At(display, capture.Span), ProblemCodes.TemplateCaptureNotAllowed,
                        "\"capture\" ist in Vorlagen nicht erlaubt: sein Ergebnis würde doppelt maskiert. Legen Sie den Teil als Vorlage in partials/ an und binden Sie ihn mit include ein.",
                        "\"capture\" is not allowed in templates: its result would be escaped twice. Put that part into a template in partials/ and insert it with include.");
                    failed = true;
                }
            }
            templates[name] = template;
        }
        return failed ? null : new TemplateSet(directory, templates);
    }

    public Template Get(string name) =>
        _templates.TryGetValue(name, out var template) ? template : throw new InvalidOperationException($"Vorlage {name} fehlt im Ordner {Directory}.");

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>Makes every parsed partial known to a context, so include never parses at render time.</summary>
    public void Prepare(TemplateContext context)
    {
        context.TemplateLoader = this;
        foreach (var (name, template) in _templates) context.CachedTemplates[name] = template;
        var include = context.BuiltinObject["include"] as IScriptCustomFunction
            ?? throw new InvalidOperationException("Scriban has no include function.");
        context.BuiltinObject.SetValue("include", new TrustedInclude(include), readOnly: true);
    }

    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        $"{PartialsFolder}/{templateName}.html";

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"Die Vorlage {templatePath} gibt es nicht.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));

    public static SourcePosition At(string file, SourceSpan span) => new(file, span.Start.Line + 1, span.Start.Column + 1);

    private static IEnumerable<ScriptNode> Descendants(ScriptNode node)
    {
        foreach (var child in node.Children)
        {
            if (child is null) continue;
            yield return child;
            foreach (var grandchild in Descendants(child)) yield return grandchild;
        }
    }
}
