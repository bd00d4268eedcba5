using System.Text;
using Course.Core.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Course.Web.Layouts;

/// <summary>The theme's Scriban layouts, parsed once per build; a syntax error is reported at its file:line:column.</summary>
public sealed class LayoutTemplates
{
    private readonly Dictionary<string, Template> templates = new(StringComparer.Ordinal);

    // Creating Scriban's built-in functions is the costly part of a TemplateContext: share them (read-only).
    private readonly Scriban.Runtime.ScriptObject builtins = TemplateContext.GetDefaultBuiltinObject();

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
        }

        return (result, diagnostics);
    }

    public bool Has(string name) => templates.ContainsKey(name);

    // Scriban's own output builder grows chunk by chunk for every page (a page embeds its whole content):
    // one builder per thread, which keeps the capacity of the biggest page, avoids those large allocations.
    [ThreadStatic]
    private static StringBuilder? output;

    private static readonly MemberRenamerDelegate KeepNames = member => member.Name;

    public string Render(string name, Scriban.Runtime.ScriptObject model)
    {
        StringBuilder builder = output ??= new StringBuilder(64 * 1024);
        builder.Clear();
        var context = new TemplateContext(builtins) { StrictVariables = false, MemberRenamer = KeepNames, LoopLimit = 100_000 };
        context.PushOutput(new StringBuilderOutput(builder));
        context.PushGlobal(model);
        return templates[name].Render(context);
    }
}
