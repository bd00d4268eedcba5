namespace Course.Web.Languages;

/// <summary>
/// A script a language needs in the browser. <paramref name="SitePath"/> is relative to the site root
/// (<c>assets/js/stemmer-kk.js</c>); with <paramref name="NpmPackage"/> it is a vendor file the build copies
/// from <c>theme/node_modules/&lt;package&gt;/&lt;file name&gt;</c> to <c>assets/vendor/</c>.
/// </summary>
public sealed record BrowserScript(string SitePath, string? NpmPackage = null)
{
    public const string VendorFolder = "assets/vendor/";

    public static BrowserScript Vendor(string package, string file) => new(VendorFolder + file, package);

    public string FileName => SitePath[(SitePath.LastIndexOf('/') + 1)..];
}
