using System.Collections.Concurrent;
using System.Text;
using Course.Core.Diagnostics;
using Course.Core.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Course.Web.Layouts;

/// <summary>The theme's Scriban layouts, parsed once per build; a syntax error is reported at its file:line:column.</summary>
public sealed class LayoutTemplates
{
    private readonly Dictionary<string, Template> templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]?> sharedVariables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SharedRenderKey, string> sharedRenders = new();

    // Creating Scriban's built-in functions is the costly part of a TemplateContext: share them (read-only).
    private readonly ScriptObject builtins = TemplateContext.GetDefaultBuiltinObject();

    public static (LayoutTemplates Templates, IReadOnlyList<Diagnostic> Diagnostics) Load(string themeRoot)
    {
        var result = new LayoutTemplates();
        var diagnostics = new List<Diagnostic>();
        string folder = Path.Combine(themeRoot, "layouts");
        foreach (string file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.sbn").Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
        {
            Template template = Template.Parse(File.ReadAllText(file), file);
            foreach (LogMessage message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Add(Diagnostic.Error(Core.IO.DisplayPaths.For(file), message.Span.Start.Line + 1, message.Span.Start.Column + 1, message.Message, "Fix the template syntax (Scriban)."));
            }

            result.templates[Path.GetFileNameWithoutExtension(file)] = template;
            result.sharedVariables[Path.GetFileNameWithoutExtension(file)] = template.Page is null ? null : VariablesIfPure(template.Page, result.builtins);
        }

        return (result, diagnostics);
    }

    public bool Has(string name) => templates.ContainsKey(name);

    /// <summary>
    /// Renders a template that many pages render alike (the search form: per language and folder depth) once per
    /// set of values of the variables it reads; a template that assigns, captures, imports or calls anything but
    /// the html and string functions is rendered every time.
    /// </summary>
    public string RenderShared(string name, ScriptObject model)
    {
        if (sharedVariables[name] is not { } names)
        {
            return Render(name, model);
        }

        object?[] values = new object?[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            values[i] = model.TryGetValue(names[i], out object? value) ? value : null;
        }

        return sharedRenders.GetOrAdd(new SharedRenderKey(name, values), _ => Render(name, model));
    }

    // Functions whose result depends on their arguments only (math and array have random ones, date has now).
    private static readonly HashSet<string> PureBuiltins = new(["html", "string"], StringComparer.Ordinal);

    /// <summary>The global variables a template reads, or null when its output may depend on more than their values.</summary>
    private static string[]? VariablesIfPure(ScriptNode page, ScriptObject builtins)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<ScriptNode>([page]);
        while (pending.TryPop(out ScriptNode? node))
        {
            switch (node)
            {
                case ScriptAssignExpression or ScriptCaptureStatement or ScriptFunction or ScriptImportStatement or ScriptWithStatement or ScriptWrapStatement:
                    return null;
                case ScriptVariableGlobal variable when builtins.ContainsKey(variable.Name) && !PureBuiltins.Contains(variable.Name):
                    return null;
                case ScriptVariableGlobal variable:
                    names.Add(variable.Name);
                    break;
            }

            foreach (ScriptNode child in node.Children)
            {
                pending.Push(child);
            }
        }

        return [.. names];
    }

    // Scriban's own output builder grows chunk by chunk for every page (a page embeds its whole content).
    private readonly StringBuilderPool output = new();

    private static readonly MemberRenamerDelegate KeepNames = member => member.Name;

    public string Render(string name, Scriban.Runtime.ScriptObject model)
    {
        return output.Use(builder =>
        {
            // LimitToString 0: Scriban cuts any value it writes at 1 MiB by default ("..." and no closing tags),
            // which truncated the print edition of a 1,000-page course to its first 68 pages. AutoIndent off:
            // Scriban indents every line of a value by the indent of its {{ }}, which shifted the lines of code
            // blocks (<pre>) and cost a pass over every page's text.
            var context = new TemplateContext(builtins)
            {
                StrictVariables = false, MemberRenamer = KeepNames, LoopLimit = 100_000, LimitToString = 0, AutoIndent = false,
            };
            context.PushOutput(new StringBuilderOutput(builder));
            context.PushGlobal(model);
            return templates[name].Render(context);
        });
    }
}
