namespace Course.Web.Search.Stemming.Kazakh;

/// <summary>The vowel class of a stem or a suffix.</summary>
internal enum Harmony
{
    Back,
    Front,
    Either,
}
