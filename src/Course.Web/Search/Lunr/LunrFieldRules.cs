namespace Course.Web.Search.Lunr;

/// <summary>What lunr.js accepts as fields, refs and boosts; checked up front so a bad index is never written.</summary>
internal static class LunrFieldRules
{
    public static void Validate(string name, double boost, IEnumerable<string> existing)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Contains('/') || name == "_index")
        {
            throw new ArgumentException($"Field name '{name}' cannot contain '/' or be '_index'.", nameof(name));
        }

        if (JsObjectKeys.IsArrayIndex(name))
        {
            throw new ArgumentException($"Field name '{name}' is numeric; JavaScript would reorder it.", nameof(name));
        }

        if (existing.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Field '{name}' is declared twice.", nameof(name));
        }

        ValidateBoost(boost, nameof(boost));
    }

    public static void ValidateDocument(string documentRef, double boost, IEnumerable<string> givenFields, IReadOnlyList<LunrField> fields)
    {
        ArgumentNullException.ThrowIfNull(documentRef);
        ValidateBoost(boost, nameof(boost));
        if (fields.Count == 0)
        {
            throw new InvalidOperationException("Declare at least one field before adding documents.");
        }

        foreach (string given in givenFields)
        {
            if (!fields.Any(f => string.Equals(f.Name, given, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"Document '{documentRef}' has text for undeclared field '{given}'.", nameof(givenFields));
            }
        }
    }

    // lunr treats a boost of 0 as 1 (`boost || 1`), and negative scores would round differently in C#.
    private static void ValidateBoost(double boost, string parameter)
    {
        if (!double.IsFinite(boost) || boost <= 0)
        {
            throw new ArgumentOutOfRangeException(parameter, boost, "A boost must be a positive finite number.");
        }
    }
}
