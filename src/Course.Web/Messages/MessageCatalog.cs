using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Course.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Course.Web.Messages;

/// <summary>
/// The build's messages to authors in their language (<c>messages: kk|ru|en</c> in course.yml, or <c>--messages</c>).
/// Messages are written in English where they arise; a catalog per language (embedded <c>messages-&lt;lang&gt;.yml</c>; not messages.kk.yml, which MSBuild would take for a satellite resource of the culture kk)
/// maps each English text, with <c>{name}</c> for the values in it, to its translation, so no module changes when a
/// language is added and a message without a translation stays readable in English. file:line:column never changes.
/// </summary>
public sealed partial class MessageCatalog
{
    public const string English = "en";

    private static readonly FrozenSet<string> Available = FrozenSet.Create(StringComparer.Ordinal, English, "kk", "ru");

    /// <summary>
    /// Values the generator builds from phrases of its own ("question 'x'", "option 2 of question 'x'", a YAML error):
    /// they are looked up in the catalog too. Other values (files, keys, ids, the author's text) are kept as they are.
    /// </summary>
    private static readonly FrozenSet<string> Phrases = FrozenSet.Create(StringComparer.Ordinal, "subject", "detail", "what", "construct", "entity", "state", "names", "value");

    // Phrases nest a few levels at most ("option 2 of question 'x'"); the limit keeps a catalog cycle harmless.
    private const int MaxNesting = 4;

    private readonly List<(Regex Pattern, string Translation)> entries;

    private MessageCatalog(List<(Regex Pattern, string Translation)> entries) => this.entries = entries;

    public static IReadOnlySet<string> Languages => Available;

    public static MessageCatalog For(string language)
    {
        if (language == English || !Available.Contains(language))
        {
            return new MessageCatalog([]);
        }

        using Stream stream = typeof(MessageCatalog).Assembly.GetManifestResourceStream($"Course.Web.Messages.messages-{language}.yml")
            ?? throw new InvalidOperationException($"The message catalog for '{language}' is not embedded.");
        var yaml = new YamlStream();
        yaml.Load(new StreamReader(stream));
        var entries = new List<(Regex, string)>();
        foreach (YamlMappingNode entry in ((YamlSequenceNode)yaml.Documents[0].RootNode).Children.Cast<YamlMappingNode>())
        {
            string english = ((YamlScalarNode)entry.Children[new YamlScalarNode("en")]).Value!;
            string translation = ((YamlScalarNode)entry.Children[new YamlScalarNode("to")]).Value!;
            entries.Add((ToPattern(english), translation));
        }

        return new MessageCatalog(entries);
    }

    public Diagnostic Translate(Diagnostic diagnostic) =>
        entries.Count == 0 ? diagnostic : diagnostic with { Message = Translate(diagnostic.Message), Fix = diagnostic.Fix is null ? null : Translate(diagnostic.Fix) };

    public string Translate(string message) => Translate(message, 0);

    private string Translate(string message, int depth)
    {
        foreach ((Regex pattern, string translation) in entries)
        {
            Match match = pattern.Match(message);
            if (match.Success)
            {
                return Placeholder().Replace(translation, m =>
                {
                    string name = m.Groups[1].Value;
                    string value = match.Groups[name].Value;
                    return Phrases.Contains(name) && depth < MaxNesting ? Translate(value, depth + 1) : value;
                });
            }
        }

        return message;
    }

    /// <summary>"'{key}' must be text" → ^'(?&lt;key&gt;.+?)' must be text$ (values may hold any text, so they match lazily).</summary>
    private static Regex ToPattern(string english)
    {
        string pattern = Placeholder().Split(english).Select((part, i) => i % 2 == 0 ? Regex.Escape(part) : $"(?<{part}>.+?)").Aggregate("", string.Concat);
        return new Regex("^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
