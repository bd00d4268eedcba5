using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Course.Core.IO;

/// <summary>Turns YAML into plain values (string, List&lt;object?&gt;, Dictionary&lt;string, object?&gt;) with key line numbers.</summary>
public static class YamlValues
{
    public static (Dictionary<string, object?> Values, Dictionary<string, int> Lines) ReadMapping(string yaml, int lineOffset = 0)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some unclosed flow collections instead of a YamlException
            throw new YamlException(Mark.Empty, Mark.Empty, "the YAML cannot be read: an unclosed '[', '{' or quote?");
        }

        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return (values, lines);
        }

        foreach ((YamlNode key, YamlNode value) in root.Children)
        {
            string name = ((YamlScalarNode)key).Value ?? string.Empty;
            values[name] = ToValue(value);
            lines[name] = (int)key.Start.Line + lineOffset;
        }

        return (values, lines);
    }

    public static object? ToValue(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToValue).ToList(),
        YamlMappingNode mapping => mapping.Children.ToDictionary(
            kv => ((YamlScalarNode)kv.Key).Value ?? string.Empty,
            kv => ToValue(kv.Value),
            StringComparer.OrdinalIgnoreCase),
        _ => null,
    };

    /// <summary>YamlDotNet's message without its own position prefix (we print file:line:column ourselves).</summary>
    public static string Explain(YamlException exception)
    {
        string message = exception.InnerException?.Message ?? exception.Message;
        int close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    public static string Format(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
}
