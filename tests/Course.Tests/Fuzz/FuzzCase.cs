namespace Course.Tests.Fuzz;

/// <summary>One fuzz case: which course file to mutate, how, with which random seed and how many times.</summary>
public sealed record FuzzCase(int Target, MutationKind Kind, int Seed, int Count)
{
    public override string ToString() => $"{FuzzCourse.Targets[Target]} {Kind}×{Count} seed {Seed}";
}
