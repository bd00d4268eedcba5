namespace Course.Web.Scaffolding;

/// <summary>What <c>course new</c> did: the files it created, or why it created nothing.</summary>
public sealed record ScaffoldResult(IReadOnlyList<string> Created, string? Error)
{
    public static ScaffoldResult Failed(string error) => new([], error);

    public bool Succeeded => Error is null;
}
