using Course.Tests.Support;

namespace Course.Tests.Search;

/// <summary>Kept only until the other helpers' branches move to <see cref="Repo"/>; removed in this session's last landing.</summary>
internal static class RepositoryFiles
{
    public static string Root => Repo.Root;

    public static string LunrScript => Repo.LunrScript;

    public static string Theme(params string[] parts) => Repo.ThemeFile(parts);

    public static string NodeModule(params string[] parts) => Repo.NodeModule(parts);
}
