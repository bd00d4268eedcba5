using Course.Tests.Support;
namespace Course.Tests.Stemming;

public class SeedWordListTests
{
    [Fact]
    public void TheCommittedWordListIsTheSeedsWords()
    {
        if (!File.Exists(Repo.SeedText))
        {
            Assert.Skip($"The seed text {Repo.SeedText} is not on this machine; the committed list stands in for it.");
        }

        Assert.Equal(CourseWords.Distinct([File.ReadAllText(Repo.SeedText)]), CourseWords.CommittedSeedWords());
    }
}
