namespace Course.Web.Search.Stemming.Kazakh;

/// <summary>One suffix of a layer; <paramref name="IgnoresHarmony"/> marks suffixes such as -мен that never change vowel.</summary>
internal sealed record KazakhSuffix(string Text, SuffixContext Context, bool IgnoresHarmony = false)
{
    public Harmony Harmony { get; } = IgnoresHarmony ? Harmony.Either : VowelHarmony.OfSuffix(Text);

    public bool AllowsAfter(char previous, char beforePrevious)
    {
        char c = previous == 'ь' ? beforePrevious : previous; // пароль-дер: the soft sign is silent
        return Context switch
        {
            SuffixContext.Vowel => KazakhLetters.IsVowel(c),
            SuffixContext.Consonant => !KazakhLetters.IsVowel(c),
            SuffixContext.VoicedConsonant => KazakhLetters.IsVoiced(c),
            SuffixContext.Voiceless => KazakhLetters.IsVoiceless(c),
            SuffixContext.Voiced => KazakhLetters.IsVowel(c) || KazakhLetters.IsVoiced(c),
            SuffixContext.AfterL => KazakhLetters.IsVowel(c) || c is 'р' or 'й' or 'у' or 'и',
            SuffixContext.Nasal => KazakhLetters.IsVowel(c) || c is 'м' or 'н' or 'ң',
            SuffixContext.ThirdPersonPossessive => c is 'ы' or 'і',
            _ => true,
        };
    }
}
