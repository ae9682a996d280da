using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// Scriban's own include returns the partial's output as a string, which our escaping context would escape a
/// second time. This wraps it: the partial escaped its values already, so its output is trusted. Where the include
/// is a statement of its own, as in nearly every use, the partial renders straight into the page instead, in the
/// same fresh scope Scriban gives it, without a buffer and a string of its own.
/// </summary>
internal sealed class TrustedInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (StraightIntoPage(context, callerContext, arguments) is { } template)
        {
            context.EnterRecursive(callerContext);
            context.PushLocal();
            try
            {
                context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
                ((SafeTemplateContext)context).RenderHere(template);
            }
            finally
            {
                context.PopLocal();
                context.ExitRecursive(callerContext);
            }
            return null;
        }
        return include.Invoke(context, callerContext, arguments, blockStatement) is string html ? new TrustedHtml(html) : null;
    }

    /// <summary>The partial, when the include's output goes straight to the page: a statement of its own, without named arguments.</summary>
    private static Template? StraightIntoPage(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments)
    {
        if (callerContext is not ScriptFunctionCall { Parent: ScriptExpressionStatement } call || arguments.Count == 0 ||
            call.Arguments.Any(argument => argument is ScriptNamedArgument)) return null;
        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), callerContext);
        return path is not null && context.CachedTemplates.TryGetValue(path, out var template) ? template : null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);
}
