using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Outline;
using Course.Web.Progress;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>Adds each language's reading map (<c>&lt;lang&gt;/reading-map.js</c>) once every page is rendered: it needs their words and sections.</summary>
public sealed class GenerateReadingMap : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        CourseSettings settings = context.Services.Get<CourseSettings>();
        CourseOutline outline = context.Services.Get<OutlineProvider>().Get(context);
        var maps = settings.Languages.Select(lang =>
        {
            string destination = lang + "/" + ReadingMap.FileName;
            string script = ReadingMap.Script(outline.For(lang), context.Inputs.Where(d => d.GetString(CourseKeys.Lang) == lang));
            return Document.Create(null, destination, script).WithDestination(destination);
        });
        return Task.FromResult(context.Inputs.AddRange(maps));
    }
}
