namespace Course.Web.Search.Stemming.Snowball;

/// <summary>A suffix of the Snowball Russian algorithm; group-1 suffixes are removed only after а or я, which stays.</summary>
internal readonly record struct RussianSuffix(string Text, bool AfterAOrYa = false);
