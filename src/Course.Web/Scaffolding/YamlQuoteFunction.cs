using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Course.Web.Scaffolding;

/// <summary>
/// The templates' <c>yaml</c> filter (<c>{{ title | yaml }}</c>): a double-quoted YAML scalar, since titles may contain
/// ':' '#' or quotes. Written as a custom function because Scriban's delegate import needs reflection the native binary lacks.
/// </summary>
public sealed class YamlQuoteFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Quote(context.ObjectToString(arguments[0]) ?? "");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
