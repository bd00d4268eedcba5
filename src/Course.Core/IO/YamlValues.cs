using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Course.Core.IO;

/// <summary>Turns YAML into plain values (string, List&lt;object?&gt;, Dictionary&lt;string, object?&gt;) with key line numbers.</summary>
public static class YamlValues
{
    /// <summary>Most values a YAML block may expand to: aliases repeat nodes, and nested ones multiply (a "billion laughs").</summary>
    public const int MaxValues = 100_000;

    private static readonly Mark Start = new(0, 1, 1);

    /// <param name="yaml">The YAML text.</param>
    /// <param name="lineOffset">Lines before the block in its file.</param>
    /// <param name="valuePositions">When given, receives where each top-level value starts (for type errors).</param>
    public static (Dictionary<string, object?> Values, Dictionary<string, int> Lines) ReadMapping(string yaml, int lineOffset = 0, Dictionary<string, TextPosition>? valuePositions = null)
    {
        var stream = Load(yaml);

        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return (values, lines);
        }

        int budget = MaxValues;
        foreach ((YamlNode key, YamlNode value) in root.Children)
        {
            string name = KeyName(key);
            values[name] = ToValue(value, ref budget);
            lines[name] = (int)key.Start.Line + lineOffset;
            valuePositions?.TryAdd(name, new TextPosition((int)value.Start.Line + lineOffset, (int)value.Start.Column));
        }

        return (values, lines);
    }

    /// <summary>
    /// Parses a YAML stream; every way YamlDotNet fails on text an author can type becomes a <see cref="YamlException"/>
    /// with a position (duplicate keys, unclosed collections).
    /// </summary>
    public static YamlStream Load(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some unclosed flow collections instead of a YamlException
            throw new YamlException(Start, Start, "an unclosed '[', '{' or quote?");
        }
        catch (ArgumentException exception)
        {
            // the representation model's dictionary refuses a key given twice; point at the second one
            string key = exception.Message.LastIndexOf("Key: ", StringComparison.Ordinal) is int at and >= 0 ? exception.Message[(at + 5)..].Trim() : string.Empty;
            string[] lines = yaml.Split('\n');
            int line = key.Length == 0 ? -1 : Array.FindAll(Enumerable.Range(0, lines.Length).ToArray(), i => lines[i].TrimStart().StartsWith(key + ":", StringComparison.Ordinal)).Skip(1).DefaultIfEmpty(-1).First();
            Mark mark = line < 0 ? Start : new Mark(0, line + 1, lines[line].Length - lines[line].TrimStart().Length + 1);
            throw new YamlException(mark, mark, $"the key '{key}' is given twice");
        }

        return stream;
    }

    public static object? ToValue(YamlNode node)
    {
        int budget = MaxValues;
        return ToValue(node, ref budget);
    }

    private static object? ToValue(YamlNode node, ref int budget)
    {
        if (--budget < 0)
        {
            throw new YamlException(node.Start, node.End, $"the YAML expands to more than {MaxValues} values (aliases repeating aliases?)");
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                return scalar.Value;
            case YamlSequenceNode sequence:
                var list = new List<object?>(sequence.Children.Count);
                foreach (YamlNode child in sequence.Children)
                {
                    list.Add(ToValue(child, ref budget));
                }

                return list;
            case YamlMappingNode mapping:
                var map = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                foreach ((YamlNode key, YamlNode value) in mapping.Children)
                {
                    map[KeyName(key)] = ToValue(value, ref budget);
                }

                return map;
            default:
                return null;
        }
    }

    private static string KeyName(YamlNode key) => key is YamlScalarNode scalar
        ? scalar.Value ?? string.Empty
        : throw new YamlException(key.Start, key.End, "a key must be plain text, not a list or a mapping");

    /// <summary>YamlDotNet's message without its own position prefix (we print file:line:column ourselves).</summary>
    public static string Explain(YamlException exception)
    {
        string message = exception.InnerException?.Message ?? exception.Message;
        int close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    public static string Format(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
}
