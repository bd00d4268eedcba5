using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Outline;
using Course.Web.Site;
using Course.Web.Translations;
using Scriban.Runtime;

namespace Course.Web.Modules;

/// <summary>
/// Gives a translated page whose source page changed since its recorded <c>sourceHash</c> a notice,
/// in the reader's language, linking to the source page.
/// </summary>
public sealed class MarkTranslationState : Module
{
    protected override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context)
    {
        CourseSettings settings = context.Services.Get<CourseSettings>();
        string lang = input.GetString(CourseKeys.Lang);
        if (lang == settings.SourceLanguage || input.Get<PageKind>(CourseKeys.Kind) == PageKind.Fallback)
        {
            return [input];
        }

        TranslationStatus status = context.Services.Get<TranslationStatus>();
        if (status.StateOf(lang, input.GetString(CourseKeys.TranslationKey)) != TranslationState.Stale)
        {
            return [input];
        }

        UiStrings strings = context.Services.Get<UiStrings>();
        string target = settings.SourceLanguage + "/" + SitePaths.UrlPathFor(input.GetString(CourseKeys.TranslationKey));
        return [input.WithMetadata(CourseKeys.TranslationState, new ScriptObject
        {
            ["text"] = strings.Get(lang, "translation.stale"),
            ["link"] = strings.Get(lang, "translation.source"),
            ["lang"] = settings.SourceLanguage,
            ["href"] = SitePaths.Relative(input.GetString(CourseKeys.UrlPath), target, settings.UseIndexHtml),
        })];
    }
}
