using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// Scriban's own include returns the partial's output as a string, which our escaping context would escape a
/// second time. This wraps it: the partial escaped its values already, so its output is trusted.
/// </summary>
internal sealed class TrustedInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        include.Invoke(context, callerContext, arguments, blockStatement) is string html ? new TrustedHtml(html) : null;

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);
}
