using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;

namespace Course.Web.Modules;

/// <summary>Adds the npm browser libraries (lunr, lunr-languages) to the inputs of the Assets pipeline as vendor/ files.</summary>
public sealed class ReadVendorScripts(string themeRoot) : IModule
{
    private static readonly (string Package, string File)[] Files =
    [
        ("lunr", "lunr.min.js"),
        ("lunr-languages", "lunr.stemmer.support.js"),
        ("lunr-languages", "lunr.ru.js"),
    ];

    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        var documents = context.Inputs.ToBuilder();
        foreach ((string package, string file) in Files)
        {
            string path = Path.Combine(themeRoot, "node_modules", package, file);
            if (!File.Exists(path))
            {
                context.Diagnostics.Add(Diagnostic.Error(Core.IO.DisplayPaths.For(path), 1, 1, $"The browser library {package} is not installed.", "Run 'npm ci --prefix theme' once."));
                continue;
            }

            documents.Add(Document.Create(path, "vendor/" + file, File.ReadAllText(path)));
        }

        return Task.FromResult(documents.ToImmutable());
    }
}
