namespace Course.Core.IO;

public sealed record CommitStats(int Written, int Unchanged, int Deleted);
