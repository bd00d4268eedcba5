using System.Collections.Immutable;
using Course.Core.IO;

namespace Course.Web.Site;

/// <summary>
/// The theme's UI strings per language: every <c>theme/i18n/&lt;lang&gt;/*.yml</c> (flat key: value
/// maps) merged, so no Kazakh or Russian text lives in code or templates.
/// </summary>
public sealed class UiStrings(ImmutableDictionary<string, ImmutableDictionary<string, string>> byLanguage)
{
    public static UiStrings Load(string themeRoot, IEnumerable<string> languages)
    {
        var result = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (string lang in languages)
        {
            var strings = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            string folder = Path.Combine(themeRoot, "i18n", lang);
            if (Directory.Exists(folder))
            {
                foreach (string file in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
                {
                    foreach ((string key, object? value) in YamlValues.ReadMapping(File.ReadAllText(file)).Values)
                    {
                        strings[key] = YamlValues.Format(value);
                    }
                }
            }

            result[lang] = strings.ToImmutable();
        }

        return new UiStrings(result.ToImmutable());
    }

    public IReadOnlyDictionary<string, string> For(string lang) =>
        byLanguage.TryGetValue(lang, out ImmutableDictionary<string, string>? strings) ? strings : ImmutableDictionary<string, string>.Empty;

    /// <summary>A string, or its key in brackets so a missing translation is visible rather than silent.</summary>
    public string Get(string lang, string key) => For(lang).TryGetValue(key, out string? value) ? value : $"[{key}]";

    public IEnumerable<string> MissingKeys(string lang, string referenceLang) =>
        For(referenceLang).Keys.Except(For(lang).Keys).Order(StringComparer.Ordinal);
}
