namespace Course.Web.Glossary.Matching;

/// <summary>
/// One name of an entry, prepared for matching: its words as stems (terms) or exactly as written
/// (abbreviations), the punctuation between the words, and any punctuation before the first and after
/// the last word (the « and » of «К» бөлімі), which a match takes in when the text has it too.
/// </summary>
internal sealed record MatchPattern(GlossaryEntry Entry, string[] Keys, string[] Gaps, string Prefix, string Suffix, int Order)
{
    public bool IsExact => Entry.IsAbbreviation;
}
