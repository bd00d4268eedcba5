using System.Collections.Immutable;

namespace Course.Core.Documents;

/// <summary>
/// An immutable page, data file or asset flowing through the pipelines; changed only by cloning.
/// </summary>
/// <param name="Source">Absolute path of the file it was read from, or null for generated documents.</param>
/// <param name="RelativePath">Path relative to its input root, with '/' separators (e.g. kk/offender/portrait.md).</param>
/// <param name="Destination">Output path relative to the site root, or null while unknown.</param>
/// <param name="Metadata">Case-insensitive metadata.</param>
/// <param name="Body">Where the text content lives; binary assets keep theirs in <see cref="Source"/>.</param>
public sealed record Document(
    string? Source,
    string RelativePath,
    string? Destination,
    ImmutableDictionary<string, object?> Metadata,
    DocumentContent Body)
{
    public static readonly ImmutableDictionary<string, object?> EmptyMetadata =
        ImmutableDictionary.Create<string, object?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The text content, read from its file when it lives in one.</summary>
    public string Content => Body.Read();

    public static Document Create(string? source, string relativePath, string content) =>
        new(source, relativePath, null, EmptyMetadata, content.Length == 0 ? DocumentContent.Empty : new TextContent(content));

    public static Document Create(string? source, string relativePath, DocumentContent body) =>
        new(source, relativePath, null, EmptyMetadata, body);

    public Document WithMetadata(string key, object? value) => this with { Metadata = Metadata.SetItem(key, value) };

    public Document WithMetadata(IEnumerable<KeyValuePair<string, object?>> values) => this with { Metadata = Metadata.SetItems(values) };

    public Document WithoutMetadata(IEnumerable<string> keys) => this with { Metadata = Metadata.RemoveRange(keys) };

    public Document WithContent(string content) => this with { Body = new TextContent(content) };

    public Document WithBody(DocumentContent body) => this with { Body = body };

    public Document WithDestination(string destination) => this with { Destination = destination };

    public T? Get<T>(string key) => Metadata.TryGetValue(key, out object? value) && value is T typed ? typed : default;

    public string GetString(string key, string fallback = "") =>
        Metadata.TryGetValue(key, out object? value) && value is not null ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? fallback : fallback;

    /// <summary>A front matter list (objectives, takeaways …) as strings; empty when the key is missing.</summary>
    public IReadOnlyList<string> GetStrings(string key) =>
        (Get<List<object?>>(key) ?? []).Select(o => Convert.ToString(o, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToList();

    public bool Has(string key) => Metadata.ContainsKey(key);

    public override string ToString() => RelativePath;
}
