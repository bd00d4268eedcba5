namespace Course.Web.Glossary.Page;

/// <summary>The entries listed under one letter; <see cref="AnchorId"/> is ASCII so it works in every URL.</summary>
public sealed record LetterGroup(string Letter, string AnchorId, IReadOnlyList<GlossaryEntry> Entries);
