using System.Collections.Immutable;

namespace Course.Web.Site;

/// <summary>The course's settings from <c>course.yml</c>, plus build options from the command line.</summary>
public sealed record CourseSettings(
    ImmutableDictionary<string, string> Titles,
    ImmutableArray<string> Languages,
    string DefaultLanguage,
    string BaseUrl,
    ImmutableArray<string> Nav,
    bool UseIndexHtml,
    int SearchBudgetKilobytes)
{
    /// <summary>Which raw HTML pages may contain (<c>rawHtml:</c>, docs/authoring.md).</summary>
    public Markdown.RawHtml.RawHtmlMode RawHtml { get; init; } = Markdown.RawHtml.RawHtmlMode.Safe;

    /// <summary>The language translations are made from (the first listed).</summary>
    public string SourceLanguage => Languages[0];

    /// <summary>
    /// Names the course in the student's browser storage (<c>course:&lt;id&gt;:state</c>): the <c>id:</c>
    /// setting, else derived from the base URL, so two courses on one host keep their progress apart.
    /// </summary>
    public string Id { get; init; } = CourseIds.FromBaseUrl(BaseUrl);

    /// <summary>The share of right answers, in per cent, that passes a quiz (<c>passMark:</c>, default 70).</summary>
    public int PassMark { get; init; } = 70;

    /// <summary>Whether the site gets a service worker and a web app manifest: not for <c>--index-html</c> copies (file://, LMS players) nor the preview.</summary>
    public bool Offline { get; init; }

    /// <summary>The language of the build's messages to authors (<c>messages: kk|ru|en</c>, default English).</summary>
    public string Messages { get; init; } = "en";

    /// <summary>Browser editing for authors at /admin/ (Decap CMS), from <c>editor: true</c>.</summary>
    public bool Editor { get; init; }

    /// <summary>The git branch the browser editor commits to (git-gateway on Netlify).</summary>
    public string EditorBranch { get; init; } = "main";

    /// <summary>The language of the editor's own interface (one Decap CMS has: en, ru, …).</summary>
    public string EditorLocale { get; init; } = "en";

    public string TitleFor(string lang) => Titles.TryGetValue(lang, out string? title) ? title : Titles.Values.FirstOrDefault() ?? "Course";

    /// <summary>The path part of the base URL ("/" or "/sub/"), used only where relative links cannot work (404 pages).</summary>
    public string BasePath
    {
        get
        {
            string path = Uri.TryCreate(BaseUrl, UriKind.Absolute, out Uri? uri) ? uri.AbsolutePath : "/";
            return path.EndsWith('/') ? path : path + "/";
        }
    }

    public string AbsoluteUrl(string sitePath) => BaseUrl.TrimEnd('/') + "/" + sitePath.TrimStart('/');
}
