using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Languages;
using Course.Web.Search;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>
/// Adds the npm browser libraries to the inputs of the Assets pipeline as vendor/ files: lunr, and the
/// vendor scripts the course's languages need (<see cref="CourseLanguage.BrowserScripts"/>, e.g. lunr-languages).
/// </summary>
public sealed class ReadVendorScripts(string themeRoot) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        var documents = context.Inputs.ToBuilder();
        IEnumerable<BrowserScript> languageScripts = context.Services.Get<CourseSettings>().Languages
            .SelectMany(code => CourseLanguages.TryGet(code, out CourseLanguage? language) ? language.BrowserScripts : []);
        foreach (BrowserScript script in new[] { SearchBrowserScripts.Lunr }.Concat(languageScripts).Where(s => s.NpmPackage is not null).Distinct())
        {
            string package = script.NpmPackage!;
            string path = Path.Combine(themeRoot, "node_modules", package, script.FileName);
            if (!File.Exists(path))
            {
                context.Diagnostics.Add(Diagnostic.Error(Core.IO.DisplayPaths.For(path), 1, 1, $"The browser library {package} is not installed.", "Run 'npm ci --prefix theme' once."));
                continue;
            }

            documents.Add(Document.Create(path, "vendor/" + script.FileName, File.ReadAllText(path)));
        }

        return Task.FromResult(documents.ToImmutable());
    }
}
