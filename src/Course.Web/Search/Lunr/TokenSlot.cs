namespace Course.Web.Search.Lunr;

/// <summary>A slot of a <see cref="TokenTable"/>: a token, its hash and its id together (an empty slot has no key).</summary>
internal readonly record struct TokenSlot(string? Key, int Hash, int Id);
