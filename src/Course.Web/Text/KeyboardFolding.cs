namespace Course.Web.Text;

/// <summary>
/// Folds text the way a student types Kazakh on a Russian keyboard: the Kazakh-only letters become
/// their nearest Russian ones (ә→а, і→и, ң→н, ғ→г, қ→к, ө→о, ұ/ү→у, һ→х), the Latin look-alike i → и,
/// ё → е, and everything is lowercased. Search and the quiz's short answers share this one function;
/// theme/assets/js/fold.js is its twin.
/// </summary>
public static class KeyboardFolding
{
    public static string Fold(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(char.ToLowerInvariant(source[i]));
            }
        });
    }

    public static char FoldChar(char c) => c switch
    {
        'ә' => 'а',
        'і' => 'и',
        'i' => 'и',
        'ң' => 'н',
        'ғ' => 'г',
        'қ' => 'к',
        'ө' => 'о',
        'ұ' => 'у',
        'ү' => 'у',
        'һ' => 'х',
        'ё' => 'е',
        _ => c,
    };
}
