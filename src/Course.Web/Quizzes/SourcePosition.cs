namespace Course.Web.Quizzes;

/// <summary>A 1-based line and column in a quiz bank file, kept so later checks can point at the source.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
