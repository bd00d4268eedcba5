using YamlDotNet.RepresentationModel;

namespace Course.Web.Quizzes.Parsing;

/// <summary>
/// A YAML mapping read by key name, remembering where each key and value starts, with the text and
/// boolean conventions of quiz banks (an empty value, <c>~</c> or <c>null</c> counts as missing).
/// </summary>
internal sealed class YamlMapping
{
    private readonly List<(string Name, YamlNode Key, YamlNode Value)> entries = [];

    private YamlMapping(YamlMappingNode node)
    {
        Position = PositionOf(node);
        IsFlow = node.Style == YamlDotNet.Core.Events.MappingStyle.Flow;
        foreach (KeyValuePair<YamlNode, YamlNode> entry in node.Children)
        {
            string name = entry.Key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Empty;
            entries.Add((name, entry.Key, entry.Value));
        }
    }

    public SourcePosition Position { get; }

    /// <summary>Written inline as <c>{ key: value, … }</c>, where an unquoted comma ends a value.</summary>
    public bool IsFlow { get; }

    public IEnumerable<(string Name, SourcePosition Position)> Keys =>
        entries.Select(entry => (entry.Name, PositionOf(entry.Key)));

    public static YamlMapping Of(YamlMappingNode node) => new(node);

    public static SourcePosition PositionOf(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);

    public YamlNode? Value(string key) => entries.FirstOrDefault(entry => entry.Name == key).Value;

    public SourcePosition KeyPosition(string key) =>
        entries.Where(entry => entry.Name == key).Select(entry => PositionOf(entry.Key)).FirstOrDefault(Position);

    /// <summary>True when the key is absent or holds an empty scalar.</summary>
    public bool IsMissing(string key) => Value(key) is not { } value || IsEmpty(value);

    public static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode scalar && (string.IsNullOrWhiteSpace(scalar.Value)
            || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL"));

    /// <summary>The trimmed text of a non-empty scalar; null for anything else.</summary>
    public static string? TextOf(YamlNode? node) =>
        node is YamlScalarNode scalar && !IsEmpty(scalar) ? scalar.Value!.Trim() : null;

    public static bool? BooleanOf(YamlNode? node) =>
        TextOf(node)?.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };
}
