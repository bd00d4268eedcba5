using System.Collections.Immutable;
using System.Text;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Offline;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>
/// Adds the service worker: every file the other pipelines wrote plus this pipeline's documents (the
/// manifest), listed for the offline cache and hashed into the cache's name, so a new build replaces the
/// cache as a whole.
/// </summary>
public sealed class RenderServiceWorker(string themeRoot) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        var own = context.Inputs.Where(d => d.Destination is not null).Select(d => new OutputFile(d.Destination!, Encoding.UTF8.GetBytes(d.Content), null));
        string worker = OfflineFiles.Worker(context.Writer.Files.Concat(own), context.Services.Get<CourseSettings>(), themeRoot);
        return Task.FromResult(context.Inputs.Add(Document.Create(null, OfflineFiles.WorkerPath, worker).WithDestination(OfflineFiles.WorkerPath)));
    }
}
