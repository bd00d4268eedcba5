namespace Course.Web.Editor;

/// <summary>One kind of item in a typed list (a quiz question type and the fields it has).</summary>
public sealed record EditorItemType(string Name, string Label, IReadOnlyList<EditorField> Fields);
