using Course.Web.Glossary.Parsing;

namespace Course.Web.Glossary;

/// <summary>
/// Parses a definitions section (<c>input/&lt;lang&gt;/glossary.md</c>): a definition list whose term lines end
/// with <c>{#id .term|.abbr aliases="a; b"}</c>. Never throws on bad input: every problem becomes a diagnostic.
/// </summary>
public static class GlossaryParser
{
    /// <param name="displayPath">The file as shown in diagnostics, e.g. <c>input/kk/glossary.md</c>.</param>
    /// <param name="markdownBodyText">The page body, front matter already removed.</param>
    /// <param name="bodyLineOffset">How many lines of the file precede the body, so positions refer to the real file.</param>
    /// <param name="lang">The language of the section, e.g. <c>kk</c>.</param>
    public static GlossaryParseResult Parse(string displayPath, string markdownBodyText, int bodyLineOffset, string lang)
    {
        var reader = new GlossaryDocumentReader(displayPath, markdownBodyText.Replace("\r\n", "\n"), bodyLineOffset, lang);
        reader.Read();
        List<ParsedEntry> unique = GlossaryDuplicateCheck.RemoveDuplicates(reader.Entries, reader.Report);
        return new GlossaryParseResult(unique.Select(p => p.Entry).ToList(), reader.Diagnostics, reader.IntroMarkdown);
    }
}
