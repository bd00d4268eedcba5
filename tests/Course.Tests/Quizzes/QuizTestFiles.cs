using Course.Tests.Support;

namespace Course.Tests.Quizzes;

/// <summary>Kept only until the other helpers' branches move to <see cref="Repo"/>; removed in this session's last landing.</summary>
internal static class QuizTestFiles
{
    public static string Root => Repo.Root;

    public static string Theme(string relativePath) => Repo.ReadText("theme", relativePath);

    public static IReadOnlyDictionary<string, string> Strings(string lang, string file = "quiz") => ThemeStrings.Read(lang, file);
}
