using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Editor;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>Adds admin/preview.json: the box titles the editor's page preview shows, in each of the course's languages.</summary>
public sealed class GenerateEditorPreview : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        string preview = EditorPreviewWriter.Write(context.Services.Get<CourseSettings>(), context.Services.Get<UiStrings>());
        const string destination = ReadEditorFiles.Folder + "/" + EditorPreviewWriter.FileName;
        return Task.FromResult(context.Inputs.Add(Document.Create(null, destination, preview).WithDestination(destination)));
    }
}
