using Course.Tests.Support;

namespace Course.Tests.Stemming;

/// <summary>Kept only until the other helpers' branches move to <see cref="Repo"/>; removed in this session's last landing.</summary>
internal static class RepositoryFiles
{
    public static string Root => Repo.Root;

    public static string SeedText => Repo.SeedText;

    public static string Path(params string[] parts) => Repo.File(parts);

    public static string NodeModule(params string[] parts) => Repo.NodeModule(parts);
}
