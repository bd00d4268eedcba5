using System.Text.Json;

namespace Course.Tests.Site;

/// <summary>
/// The CLI's runtime settings that its build CPU time relies on (#18.6, bench/README.md "#18 before/after"):
/// they live in the runtimeconfig.json the SDK writes beside course.dll, which the test project copies.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void TheCliCompilesEachMethodOnceWithoutTiers()
    {
        Assert.False(ConfigProperty("System.Runtime.TieredCompilation").GetBoolean());
    }

    [Fact]
    public void TheCliDoesNotLockTheFilesItReadsAndWrites()
    {
        Assert.True(ConfigProperty("System.IO.DisableFileLocking").GetBoolean());
    }

    private static JsonElement ConfigProperty(string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "course.runtimeconfig.json");
        using JsonDocument config = JsonDocument.Parse(File.ReadAllText(path));
        Assert.True(config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").TryGetProperty(name, out JsonElement value), $"{path} has no {name}");
        return value.Clone();
    }
}
