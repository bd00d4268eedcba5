using Course.Tests.Support;

namespace Course.Tests.Glossary;

/// <summary>Kept only until the other helpers' branches move to <see cref="Repo"/>; removed in this session's last landing.</summary>
internal static class GlossaryRepositoryFiles
{
    public static string Root => Repo.Root;

    public static string Read(params string[] relative) => Repo.ReadText(relative);
}
