namespace Course.Tests.Stemming;

public class SeedWordListTests
{
    [Fact]
    public void TheCommittedWordListIsTheSeedsWords()
    {
        if (!File.Exists(RepositoryFiles.SeedText))
        {
            Assert.Skip($"The seed text {RepositoryFiles.SeedText} is not on this machine; the committed list stands in for it.");
        }

        Assert.Equal(CourseWords.Distinct([File.ReadAllText(RepositoryFiles.SeedText)]), CourseWords.CommittedSeedWords());
    }
}
