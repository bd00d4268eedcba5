using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Offline;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>Adds the web app manifest (name, start page, colours, icons) that makes the course installable.</summary>
public sealed class RenderWebManifest : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        string manifest = OfflineFiles.Manifest(context.Services.Get<CourseSettings>());
        return Task.FromResult(context.Inputs.Add(Document.Create(null, OfflineFiles.ManifestPath, manifest).WithDestination(OfflineFiles.ManifestPath)));
    }
}
