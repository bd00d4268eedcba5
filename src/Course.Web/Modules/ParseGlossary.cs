using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Glossary;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>Reads a language's definitions section into glossary entries, reporting what it cannot read at file:line:column.</summary>
public sealed class ParseGlossary : Module
{
    protected override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context)
    {
        string lang = input.GetString(CourseKeys.Lang);
        string display = input.GetString(Keys.DisplayPath, input.RelativePath);
        GlossaryParseResult result = GlossaryParser.Parse(display, input.Content, input.Get<int>(Keys.BodyLineOffset), lang);
        context.Diagnostics.AddRange(result.Diagnostics);
        return [input.WithMetadata(
        [
            new(CourseKeys.Glossary, new GlossaryFile(lang, display, result.Entries)),
            new("GlossaryIntro", result.IntroMarkdown),
            new("AnchorIds", result.Entries.Select(e => e.Id).ToList()),
        ])];
    }
}
