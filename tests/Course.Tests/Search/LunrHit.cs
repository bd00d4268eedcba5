namespace Course.Tests.Search;

internal sealed record LunrHit(string Ref, double Score, string[] Terms)
{
    public override string ToString() => $"{Ref} {Score:R} [{string.Join(",", Terms)}]";
}
