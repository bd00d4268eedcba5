using YamlDotNet.RepresentationModel;

namespace Course.Web.Quizzes.Parsing;

/// <summary>
/// Reads the fields of one mapping (a question, an option, a pair) and reports what is missing or
/// malformed; <see cref="Subject"/> names the mapping in messages, e.g. "question 'budapest-year'".
/// </summary>
internal sealed class QuizFieldReader(YamlMapping map, string subject, QuizDiagnosticSink sink)
{
    public YamlMapping Map => map;

    public string Subject => subject;

    public QuizDiagnosticSink Sink => sink;

    public string? RequiredText(string key, string fix)
    {
        YamlNode? value = map.Value(key);
        if (value is null || YamlMapping.IsEmpty(value))
        {
            sink.Error(map.Position, $"{subject} has no '{key}'", fix);
            return null;
        }

        return OptionalText(key, fix);
    }

    public string? OptionalText(string key, string fix)
    {
        YamlNode? value = map.Value(key);
        if (value is null || YamlMapping.IsEmpty(value))
        {
            return null;
        }

        if (value is not YamlScalarNode)
        {
            sink.Error(YamlMapping.PositionOf(value), $"'{key}' of {subject} must be a text, not a {KindOf(value)}", fix);
            return null;
        }

        return YamlMapping.TextOf(value);
    }

    /// <summary>The items of a list-valued key; a single text counts as a one-item list when allowed.</summary>
    public IReadOnlyList<YamlNode>? RequiredList(string key, string fix, bool allowSingleText = false)
    {
        YamlNode? value = map.Value(key);
        if (value is null)
        {
            sink.Error(map.Position, $"{subject} has no '{key}'", fix);
            return null;
        }

        switch (value)
        {
            case YamlSequenceNode sequence:
                return sequence.Children.ToList();
            case YamlScalarNode when YamlMapping.IsEmpty(value):
                return [];
            case YamlScalarNode when allowSingleText:
                return [value];
            default:
                sink.Error(YamlMapping.PositionOf(value), $"'{key}' of {subject} must be a list, not a {KindOf(value)}", fix);
                return null;
        }
    }

    /// <summary>
    /// Warns about keys outside <paramref name="allowed"/>; an empty one in <c>{ … }</c> is an error, as it
    /// is the tail of a text that an unquoted comma cut off.
    /// </summary>
    public void CheckUnknownKeys(IReadOnlyList<string> allowed, string fix)
    {
        foreach ((string name, SourcePosition position) in map.Keys)
        {
            if (allowed.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            if (map.IsFlow && YamlMapping.IsEmpty(map.Value(name)!))
            {
                sink.Error(position, $"'{name}' in {subject} looks like the end of a text cut off at a comma",
                    "inside `{ … }` a comma separates the keys: put the whole text in double quotes, e.g. `feedback: \"…, …\"`");
            }
            else
            {
                sink.Warning(position, $"unknown key '{name}' in {subject} is ignored{CloseMatches.Hint(name, allowed)}", fix);
            }
        }
    }

    public static string KindOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "text",
    };
}
