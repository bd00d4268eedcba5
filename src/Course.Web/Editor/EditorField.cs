namespace Course.Web.Editor;

/// <summary>
/// One field of Decap CMS's editor: its widget, whether each language has its own value (<c>translate</c>) or
/// copies the source language's (<c>duplicate</c>), and its own settings (list items, select options, nested fields).
/// </summary>
public sealed record EditorField(string Name, string Label, string Widget, string I18n = "translate", bool Required = true)
{
    public IReadOnlyList<EditorField> Fields { get; init; } = [];

    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>Extra string settings written as they are (e.g. <c>value_type: int</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Settings { get; init; } = [];

    /// <summary>For a list whose items come in kinds (quiz questions): the item kinds, told apart by <see cref="TypeKey"/>.</summary>
    public IReadOnlyList<EditorItemType> Types { get; init; } = [];

    public string? TypeKey { get; init; }
}
