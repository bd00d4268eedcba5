namespace Course.Web.Glossary.Collation;

/// <summary>Kazakh alphabetical order (the 42-letter Cyrillic alphabet); Latin letters and digits come first.</summary>
public static class KazakhCollation
{
    public const string Alphabet = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";

    public static AlphabetCollation Instance { get; } = new(Alphabet, new Dictionary<char, char>());
}
