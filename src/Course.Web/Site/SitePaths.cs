namespace Course.Web.Site;

/// <summary>Pretty URLs fixed by the folder names, and relative links between them.</summary>
public static class SitePaths
{
    /// <summary>kk/concepts/definition.md → kk/concepts/definition/; kk/concepts/index.md → kk/concepts/; quiz.yml → quiz/.</summary>
    public static string UrlPathFor(string relativePath)
    {
        string path = relativePath.Replace('\\', '/');
        string withoutExtension = path[..^Path.GetExtension(path).Length];
        if (withoutExtension == "index")
        {
            return string.Empty;
        }

        return withoutExtension.EndsWith("/index", StringComparison.Ordinal)
            ? withoutExtension[..^"index".Length]
            : withoutExtension + "/";
    }

    public static string DestinationFor(string urlPath) => urlPath.EndsWith('/') || urlPath.Length == 0 ? urlPath + "index.html" : urlPath;

    /// <summary>
    /// A link from the page at <paramref name="fromUrlPath"/> to <paramref name="toUrlPath"/> (both site
    /// paths; the target may carry #fragment), relative, so the site works at a root, in a subfolder and from file://.
    /// </summary>
    public static string Relative(string fromUrlPath, string toUrlPath, bool useIndexHtml)
    {
        // Every page computes dozens of these (navigation): spans instead of Split, Skip and Repeat.
        int hash = toUrlPath.IndexOf('#');
        ReadOnlySpan<char> to = hash >= 0 ? toUrlPath.AsSpan(0, hash) : toUrlPath;
        ReadOnlySpan<char> fragment = hash >= 0 ? toUrlPath.AsSpan(hash) : [];
        ReadOnlySpan<char> index = useIndexHtml && (to.Length == 0 || to[^1] == '/') ? "index.html" : [];
        int lastSlash = fromUrlPath.LastIndexOf('/');
        ReadOnlySpan<char> from = lastSlash >= 0 ? fromUrlPath.AsSpan(0, lastSlash + 1) : [];

        // Skip the folders both share; the target's last segment (a file name or empty) is never compared.
        int fromSegments = 0;
        int fromPosition = 0;
        int toPosition = 0;
        int common = 0;
        bool matching = true;
        while (true)
        {
            while (fromPosition < from.Length && from[fromPosition] == '/')
            {
                fromPosition++;
            }

            if (fromPosition >= from.Length)
            {
                break;
            }

            int fromEnd = fromPosition + from[fromPosition..].IndexOf('/');
            fromSegments++;
            if (matching)
            {
                int toLength = to[toPosition..].IndexOf('/');
                if (toLength >= 0 && from[fromPosition..fromEnd].SequenceEqual(to.Slice(toPosition, toLength)))
                {
                    common++;
                    toPosition += toLength + 1;
                }
                else
                {
                    matching = false;
                }
            }

            fromPosition = fromEnd + 1;
        }

        int up = fromSegments - common;
        ReadOnlySpan<char> down = to[toPosition..];
        int length = (3 * up) + down.Length + index.Length;
        if (length == 0)
        {
            return string.Concat("./", fragment);
        }

        Span<char> link = length + fragment.Length <= 512 ? stackalloc char[length + fragment.Length] : new char[length + fragment.Length];
        int position = 0;
        for (int i = 0; i < up; i++)
        {
            "../".CopyTo(link[position..]);
            position += 3;
        }

        down.CopyTo(link[position..]);
        position += down.Length;
        index.CopyTo(link[position..]);
        position += index.Length;
        fragment.CopyTo(link[position..]);
        return new string(link);
    }
}
