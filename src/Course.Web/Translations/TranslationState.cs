namespace Course.Web.Translations;

public enum TranslationState
{
    Current,
    Stale,
    Missing,
}
