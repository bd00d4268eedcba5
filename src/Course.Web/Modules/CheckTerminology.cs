using System.Collections.Concurrent;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Glossary;
using Course.Web.Glossary.Terminology;
using Course.Web.Languages;

namespace Course.Web.Modules;

/// <summary>
/// Warns, at file:line:column, where a page or quiz bank uses a variant its language's glossary lists as
/// <c>avoid="…"</c>, naming the preferred term. The whole file is read, front matter included, since titles and
/// takeaways are shown too. Produces no documents.
/// </summary>
public sealed class CheckTerminology : Module
{
    private readonly ConcurrentDictionary<string, DiscouragedTermFinder?> finders = new(StringComparer.Ordinal);

    protected override void Prepare(IExecutionContext context)
    {
        finders.Clear();
        foreach (GlossaryFile file in context.Outputs.FromPipeline(nameof(Pipelines.Glossary)).Select(d => d.Get<GlossaryFile>(CourseKeys.Glossary)).OfType<GlossaryFile>())
        {
            finders[file.Lang] = CourseLanguages.TryGet(file.Lang, out CourseLanguage? language) ? new DiscouragedTermFinder(file.Entries, context.Services.Get<Caching.StemmerCache>().For(language)) : null;
        }
    }

    protected override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context)
    {
        if (finders.GetValueOrDefault(input.GetString(CourseKeys.Lang)) is not { IsEmpty: false } finder)
        {
            return [];
        }

        (string text, int firstLine) = input.Source is not null && File.Exists(input.Source)
            ? (File.ReadAllText(input.Source), 1)
            : (input.Content, input.Get<int>(Keys.BodyLineOffset) + 1);
        string display = input.GetString(Keys.DisplayPath, input.RelativePath);
        foreach (DiscouragedUse use in finder.Find(text.Replace("\r\n", "\n"), firstLine))
        {
            string variant = string.Equals(use.Found, use.Variant, StringComparison.OrdinalIgnoreCase) ? "" : $" ('{use.Variant}')";
            context.Diagnostics.Add(Diagnostic.Warning(display, use.Line, use.Column,
                $"'{use.Found}' is a discouraged variant{variant} of '{use.Preferred.Term}'.",
                $"Write '{use.Preferred.Term}' (glossary entry #{use.Preferred.Id}), or put a deliberate quotation in backticks."));
        }

        return [];
    }
}
