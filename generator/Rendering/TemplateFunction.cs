using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// A function for templates that Scriban calls straight, with the arguments it has already checked and converted
/// to the parameter types, instead of through reflection: t and its kin run dozens of times on every page.
/// </summary>
internal sealed class TemplateFunction(Type returnType, ScriptParameterInfo[] parameters, Func<SafeTemplateContext, ScriptArray, object?> invoke)
    : IScriptCustomFunction
{
    private readonly int _required = parameters.Count(p => !p.HasDefaultValue);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        invoke((SafeTemplateContext)context, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => _required;

    public int ParameterCount => parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => returnType;

    public ScriptParameterInfo GetParameterInfo(int index) => parameters[index];
}
