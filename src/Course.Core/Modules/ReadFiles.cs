using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Core.IO;

namespace Course.Core.Modules;

/// <summary>
/// Reads the files under a root folder in ordinal path order. Files and folders whose names start
/// with '_' or '.' are skipped. Text files (by extension) are read when a module asks for their text (a big course is not held in memory); other files are copied later from their source.
/// </summary>
public sealed class ReadFiles(string root) : Module
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".yml", ".yaml", ".json", ".txt", ".css", ".js", ".html", ".sbn", ".svg", ".xml",
    };

    // The files authors type, checked for UTF-8 once as they are read (a byte order mark and CRLF are fine).
    private static readonly HashSet<string> AuthoredExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".yml", ".yaml" };

    private Func<string, bool> filter = _ => true;

    /// <summary>Keeps only files whose relative path passes the predicate.</summary>
    public ReadFiles Where(Func<string, bool> predicate)
    {
        filter = predicate;
        return this;
    }

    protected override Task<ImmutableArray<Document>> ExecuteContextAsync(IExecutionContext context)
    {
        if (!Directory.Exists(root))
        {
            return Task.FromResult(ImmutableArray<Document>.Empty);
        }

        string fullRoot = Path.GetFullPath(root);
        List<string> paths = Directory.EnumerateFiles(fullRoot, "*", SearchOption.AllDirectories)
            .Select(path => (path, relative: Path.GetRelativePath(fullRoot, path).Replace('\\', '/')))
            .Where(x => !x.relative.Split('/').Any(part => part.StartsWith('_') || part.StartsWith('.')))
            .Where(x => filter(x.relative))
            .OrderBy(x => x.relative, StringComparer.Ordinal)
            .Select(x => x.path)
            .ToList();
        var documents = new Document[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            string path = paths[i];
            string relative = Path.GetRelativePath(fullRoot, path).Replace('\\', '/');
            DocumentContent content = TextExtensions.Contains(Path.GetExtension(path)) ? new FileContent(path) : DocumentContent.Empty;
            documents[i] = Document.Create(path, relative, content)
                .WithMetadata(Keys.DisplayPath, DisplayPaths.For(path));
            if (AuthoredExtensions.Contains(Path.GetExtension(path)) && Utf8Check.FirstInvalid(File.ReadAllBytes(path)) is ({ } at, byte bad))
            {
                context.Diagnostics.Add(Diagnostic.Error(DisplayPaths.For(path), at.Line, at.Column, $"The file is not valid UTF-8: byte 0x{bad:X2} here is not part of a UTF-8 character.", "Save the file as UTF-8 (in most editors: File → Save with Encoding → UTF-8)."));
            }
        });
        return Task.FromResult(documents.ToImmutableArray());
    }
}
