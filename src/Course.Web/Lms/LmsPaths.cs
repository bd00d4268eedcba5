namespace Course.Web.Lms;

/// <summary>Where the LMS launch page of a language is: kk/lms/ (kk/lms/index.html in a package).</summary>
public static class LmsPaths
{
    public static string LaunchUrlPath(string lang) => lang + "/lms/";

    public static string LaunchFile(string lang) => LaunchUrlPath(lang) + "index.html";
}
