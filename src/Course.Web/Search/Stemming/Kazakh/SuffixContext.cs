namespace Course.Web.Search.Stemming.Kazakh;

/// <summary>What must precede a suffix: Kazakh picks a suffix's first consonant by the sound before it.</summary>
internal enum SuffixContext
{
    Any,
    /// <summary>A full vowel (бағдарлама-ны).</summary>
    Vowel,
    /// <summary>Anything but a full vowel (заң-ы, тергеу-і).</summary>
    Consonant,
    /// <summary>A voiced consonant or glide (заң-дар).</summary>
    VoicedConsonant,
    /// <summary>A voiceless consonant, or б/в/г/ғ/д ending a loanword (мемлекет-тер, фишинг-тің).</summary>
    Voiceless,
    /// <summary>A vowel or voiced consonant (желі-де, заң-да).</summary>
    Voiced,
    /// <summary>A vowel or р, й, у, и (компьютер-лер).</summary>
    AfterL,
    /// <summary>A vowel or м, н, ң (заң-ның).</summary>
    Nasal,
    /// <summary>The 3rd-person possessive ы/і (бабы-нда).</summary>
    ThirdPersonPossessive,
}
