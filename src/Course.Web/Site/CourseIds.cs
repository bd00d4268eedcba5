using System.Text;

namespace Course.Web.Site;

/// <summary>The course id that names the student's stored progress: lowercase Latin letters, digits and hyphens.</summary>
public static class CourseIds
{
    public static bool IsValid(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && id[0] != '-' && id[^1] != '-';

    /// <summary>The base URL's host and path as an id ("https://x.netlify.app/sub/" → "x-netlify-app-sub"); the same URL always gives the same id.</summary>
    public static string FromBaseUrl(string baseUrl)
    {
        string text = Uri.TryCreate(baseUrl, UriKind.Absolute, out Uri? uri) ? uri.Host + uri.AbsolutePath : baseUrl;
        var id = new StringBuilder(text.Length);
        foreach (char c in text.ToLowerInvariant())
        {
            bool keep = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (keep)
            {
                id.Append(c);
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        string result = id.ToString().Trim('-');
        return result.Length == 0 ? "course" : result.Length > 64 ? result[..64].TrimEnd('-') : result;
    }
}
