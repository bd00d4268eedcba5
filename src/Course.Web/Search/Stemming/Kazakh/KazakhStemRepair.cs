namespace Course.Web.Search.Stemming.Kazakh;

/// <summary>Undoes the sound changes at the end of a stem. Each method edits buffer[..length] and returns the new length.</summary>
internal static class KazakhStemRepair
{
    // Stems whose last vowel drops before a vowel-initial suffix (халық → халқы); keys are 3 or 4 letters.
    private static readonly Dictionary<string, string> DroppedVowels = new(StringComparer.Ordinal)
    {
        ["ауз"] = "ауыз", ["орн"] = "орын", ["мұрн"] = "мұрын", ["ерн"] = "ерін", ["халқ"] = "халық",
        ["ерк"] = "ерік", ["әрп"] = "әріп", ["қалп"] = "қалып", ["ғұрп"] = "ғұрып", ["көрк"] = "көрік",
        ["бөрк"] = "бөрік", ["қойн"] = "қойын", ["мойн"] = "мойын", ["қарн"] = "қарын", ["ырқ"] = "ырық",
        ["нарқ"] = "нарық", ["парқ"] = "парық", ["құлқ"] = "құлық", ["көңл"] = "көңіл", ["қауп"] = "қауіп",
        ["мүлк"] = "мүлік",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DroppedVowelLookup =
        DroppedVowels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>б, г, ғ ending a stem are п, к, қ voiced before a vowel (кітабы → кітап); a final ь drops before -і (паролі).</summary>
    public static int Devoice(Span<char> buffer, int length)
    {
        if (length == 0)
        {
            return 0;
        }

        switch (buffer[length - 1])
        {
            case 'ь': return length - 1;
            case 'б': buffer[length - 1] = 'п'; break;
            case 'г': buffer[length - 1] = 'к'; break;
            case 'ғ': buffer[length - 1] = 'қ'; break;
        }

        return length;
    }

    /// <summary>Puts a dropped vowel back, also at the end of a compound (кәсіпорны → кәсіпорын). The buffer needs one spare char.</summary>
    public static int RestoreVowel(Span<char> buffer, int length)
    {
        if (!TryFindDroppedVowel(buffer[..length], out int tailLength, out string? restored))
        {
            return length;
        }

        restored.CopyTo(buffer[(length - tailLength)..]);
        return length - tailLength + restored.Length;
    }

    /// <summary>The stem's harmony as it reads with its vowel restored (қаупі: қауіп is front).</summary>
    public static Harmony HarmonyOf(ReadOnlySpan<char> stem)
    {
        if (!TryFindDroppedVowel(stem, out int tailLength, out string? restored))
        {
            return VowelHarmony.OfStem(stem);
        }

        Span<char> full = stackalloc char[stem.Length - tailLength + restored.Length];
        stem[..^tailLength].CopyTo(full);
        restored.CopyTo(full[(stem.Length - tailLength)..]);
        return VowelHarmony.OfStem(full);
    }

    /// <summary>
    /// A final с or н after a vowel may belong to the suffix (сала-сы, мазмұ-ны) or to the stem
    /// (қылмыс-ы, мазмұн-ы); dropping it from every stem makes both readings meet.
    /// </summary>
    public static int DropLinkingConsonant(ReadOnlySpan<char> stem)
    {
        int length = stem.Length;
        bool linking = length >= 2 && stem[length - 1] is 'с' or 'н' && KazakhLetters.IsVowel(stem[length - 2]);
        return linking && KazakhLetters.IsLongEnough(stem[..(length - 1)]) ? length - 1 : length;
    }

    private static bool TryFindDroppedVowel(
        ReadOnlySpan<char> stem, out int tailLength, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? restored)
    {
        for (tailLength = Math.Min(stem.Length, 4); tailLength >= 3; tailLength--)
        {
            if (DroppedVowelLookup.TryGetValue(stem[^tailLength..], out restored))
            {
                return true;
            }
        }

        restored = null;
        return false;
    }
}
