namespace Course.Web.Site;

/// <summary>Command-line choices for one build.</summary>
public sealed record BuildOptions(
    string InputRoot,
    string ThemeRoot,
    bool UseIndexHtml = false,
    int? SearchBudgetKilobytes = null,
    bool Serial = false,
    bool StrictTranslations = false,
    bool LiveReload = false,
    string? StagingRoot = null,
    bool SkipSearchIndex = false,
    string? PdfFolder = null,
    bool Lms = false,
    string? Messages = null);
