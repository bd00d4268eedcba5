using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Student;

/// <summary>The course id that names a student's stored progress, and its place on every page.</summary>
public sealed class CourseIdTests
{
    [Theory]
    [InlineData("https://kibercourse.netlify.app/", "kibercourse-netlify-app")]
    [InlineData("https://Example.org/Courses/Cyber_2/", "example-org-courses-cyber-2")]
    [InlineData("not a url", "not-a-url")]
    [InlineData("///", "course")]
    public void Without_an_id_setting_it_comes_from_the_base_url(string baseUrl, string expected)
    {
        Assert.Equal(expected, CourseIds.FromBaseUrl(baseUrl));
        Assert.True(CourseIds.IsValid(expected));
    }

    [Theory]
    [InlineData("cyber-criminology", true)]
    [InlineData("Cyber", false)]
    [InlineData("-x", false)]
    [InlineData("a b", false)]
    [InlineData("", false)]
    public void An_id_is_lowercase_latin_digits_and_hyphens(string id, bool valid) =>
        Assert.Equal(valid, CourseIds.IsValid(id));

    [Fact]
    public async Task Every_page_names_the_course_and_loads_the_store_first()
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();

        foreach (string file in SiteLinks.HtmlFiles(output))
        {
            string html = await File.ReadAllTextAsync(file);
            Assert.Contains("data-course=\"cyber-criminology\"", html, StringComparison.Ordinal);
            int store = html.IndexOf("assets/js/store.js\"", StringComparison.Ordinal);
            Assert.True(store > 0, file + " does not load store.js");
            Assert.DoesNotMatch("<script src=\"[^\"]*(site|quiz|language-choice)\\.js\"[^>]*>[\\s\\S]*store\\.js", html);
        }
    }
}
