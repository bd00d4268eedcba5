namespace Course.Web.Glossary.Collation;

/// <summary>
/// Russian alphabetical order as in Russian dictionaries: ё sorts with е (right after it when the words are
/// otherwise equal) and is listed under Е. Kazakh letters in a Russian text sort with their nearest Russian
/// letter (ә with а, қ with к, …), right after it.
/// </summary>
public static class RussianCollation
{
    public const string Alphabet = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";

    public static AlphabetCollation Instance { get; } = new(Alphabet, new Dictionary<char, char>
    {
        ['ё'] = 'е',
        ['ә'] = 'а',
        ['ғ'] = 'г',
        ['қ'] = 'к',
        ['ң'] = 'н',
        ['ө'] = 'о',
        ['ұ'] = 'у',
        ['ү'] = 'у',
        ['һ'] = 'х',
        ['і'] = 'и',
    });
}
