using System.Collections.Concurrent;
using Course.Web.Quizzes.Parsing;

namespace Course.Web.Caching;

/// <summary>
/// Work kept from one build to the next while the preview runs: each page's rendered Markdown and each
/// parsed quiz bank, reused while their text and surroundings are unchanged. The preview creates one and
/// hands it to every build (a service of the build); a one-off build has none, since it would only hold
/// every page twice. Nothing else outlives a build.
/// </summary>
public sealed class PreviewCache
{
    private readonly ConcurrentDictionary<string, CachedRender> renders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Text, QuizParseResult Result)> quizBanks = new(StringComparer.Ordinal);

    /// <summary>Pages and quiz banks held.</summary>
    public int Count => renders.Count + quizBanks.Count;

    internal CachedRender? Render(string slot, RenderKey key) =>
        renders.TryGetValue(slot, out CachedRender? cached) && cached.Key == key ? cached : null;

    internal void Keep(string slot, CachedRender render) => renders[slot] = render;

    /// <summary>The bank parsed from <paramref name="text"/>: kept from an earlier build when the file's text is the same.</summary>
    public QuizParseResult QuizBank(string file, string text, Func<QuizParseResult> parse) =>
        quizBanks.TryGetValue(file, out var cached) && cached.Text == text ? cached.Result : (quizBanks[file] = (text, parse())).Result;
}
