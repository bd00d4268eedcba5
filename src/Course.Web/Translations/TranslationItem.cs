namespace Course.Web.Translations;

/// <summary>One page, definition or quiz question of the source language and the state of its translation into one language.</summary>
public sealed record TranslationItem(string Lang, string Kind, string Key, TranslationState State, string SourceFile, string? TranslationFile);
