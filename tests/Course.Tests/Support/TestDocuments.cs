using Course.Core.Documents;

namespace Course.Tests.Support;

/// <summary>Documents for module tests (as Statiq.Testing's TestDocument): a path, a text and metadata.</summary>
public static class TestDocuments
{
    public static Document Create(string relativePath, string content = "", params (string Key, object? Value)[] metadata) =>
        Document.Create(null, relativePath, content).WithMetadata(metadata.Select(m => new KeyValuePair<string, object?>(m.Key, m.Value)));
}
