using Course.Web.Flashcards;

namespace Course.Tests.Flashcards;

public sealed class FlashcardDeckOrderTests
{
    [Fact]
    public void A_chapter_deck_starts_with_its_key_terms_then_the_most_used_terms()
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal) { ["phishing"] = 1, ["botnet"] = 3, ["cybercrime"] = 2, ["malware"] = 3 };

        IReadOnlyList<string> order = FlashcardDeckOrder.ForChapter(["cybercrime", "victim", "cybercrime"], uses);

        Assert.Equal(["cybercrime", "victim", "botnet", "malware", "phishing"], order);
    }

    [Fact]
    public void The_course_deck_puts_side_notes_no_chapter_uses_last()
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal) { ["dos-attack"] = 4, ["ict"] = 9 };

        IReadOnlyList<string> order = FlashcardDeckOrder.ForCourse(["dos-os", "dos-attack", "e-gov", "ict"], uses);

        Assert.Equal(["ict", "dos-attack", "dos-os", "e-gov"], order);
    }
}
