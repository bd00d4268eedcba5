using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Authoring;

/// <summary>The broken course and the broken course.yml, each built with the messages in English, Kazakh and Russian.</summary>
public sealed class BrokenCourseBuilds : IAsyncLifetime
{
    public static readonly string[] Languages = ["en", "kk", "ru"];

    private readonly TempFolder temp = new();

    public Dictionary<string, BuildResult> Content { get; } = [];

    public Dictionary<string, BuildResult> Settings { get; } = [];

    public async ValueTask InitializeAsync()
    {
        string content = BrokenCourse.WriteContent(temp.Combine("content"));
        string settings = BrokenCourse.WriteSettings(temp.Combine("settings"));
        foreach (string language in Languages)
        {
            Content[language] = await CourseSite.BuildAsync(new BuildOptions(content, Repo.Theme, StrictTranslations: true, Messages: language), TestContext.Current.CancellationToken);
            Settings[language] = await CourseSite.BuildAsync(new BuildOptions(settings, Repo.Theme, Messages: language), TestContext.Current.CancellationToken);
        }
    }

    public ValueTask DisposeAsync()
    {
        temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
