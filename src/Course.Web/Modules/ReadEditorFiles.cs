using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;

namespace Course.Web.Modules;

/// <summary>
/// The browser editor's files under admin/: the theme's admin page and script, Decap CMS's bundle and chunks and
/// Netlify's identity widget from npm (theme/admin, no CDN). Read only when the course enables the editor.
/// </summary>
public sealed class ReadEditorFiles(string themeRoot) : IModule
{
    public const string Folder = "admin";

    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        var documents = context.Inputs.ToBuilder();
        string adminRoot = Path.Combine(themeRoot, Folder);
        string decap = Path.Combine(adminRoot, "node_modules", "decap-cms", "dist");
        string identity = Path.Combine(adminRoot, "node_modules", "netlify-identity-widget", "build", "netlify-identity-widget.js");
        if (!Directory.Exists(decap) || !File.Exists(identity))
        {
            context.Diagnostics.Add(Diagnostic.Error(Core.IO.DisplayPaths.For(Path.Combine(adminRoot, "package.json")), 1, 1,
                "The browser editor (Decap CMS) is not installed, but course.yml says 'editor: true'.",
                "Run 'npm ci --prefix theme/admin' once, or set 'editor: false' in course.yml."));
            return Task.FromResult(documents.ToImmutable());
        }

        IEnumerable<string> files = Directory.EnumerateFiles(Path.Combine(adminRoot, "site"))
            .Concat(Directory.EnumerateFiles(decap).Where(f => Path.GetFileName(f) is var name && (name == "decap-cms.js" || name.EndsWith(".decap-cms.js", StringComparison.Ordinal))))
            .Append(identity);
        foreach (string file in files.OrderBy(Path.GetFileName, StringComparer.Ordinal))
        {
            string destination = Folder + "/" + Path.GetFileName(file);
            documents.Add(Document.Create(file, destination, new FileContent(file)).WithDestination(destination));
        }

        return Task.FromResult(documents.ToImmutable());
    }
}
