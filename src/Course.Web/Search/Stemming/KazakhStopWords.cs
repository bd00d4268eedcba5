using System.Collections.Frozen;

namespace Course.Web.Search.Stemming;

/// <summary>
/// Kazakh function words (conjunctions, particles, postpositions, pronouns and their case forms)
/// left out of the search index, in ordinal order. theme/assets/js/stemmer-kk.js holds the same list
/// as <c>CourseStemmers.kkStopWords</c> and registers it with lunr as <c>stopWordFilter-kk</c>.
/// </summary>
public static class KazakhStopWords
{
    public static IReadOnlyList<string> Words { get; } = (
        "ал алайда ана анау арқылы аса ақ ба бар барлық басқа бе бен бері бойынша біз бізге бізде бізден " +
        "бізді біздің бір бірақ бірге бірнеше бірі бүкіл бұдан бұл бұлар бұны бұның бұған бәрі да де " +
        "дегенмен дейін егер еді екен емес енді ешкім ештеңе ешқандай ең жайлы жоқ және жөнінде иә " +
        "кейбір кейін кім ма маған ме мен менде мені менің мына мынау міне мұнда мұндай мұны мұның не " +
        "неге неліктен немесе одан ол олар оларда олардан оларды олардың олармен оларға онда оны онымен " +
        "оның осы осыдан осылай осылар осында осындай осыны осының осыған оған па пе пен ретінде сайын " +
        "саған секілді сен сені сенің сияқты содан сол солар солардың сонда сондай сондықтан соны " +
        "сонымен соның соған сіз сізге сізден сізді сіздің та тағы те тек туралы тым тіпті тәрізді шейін " +
        "я яки яғни ғана ғой қай қайда қалай қана қандай қанша қарай қашан үшін әйтпесе әлде әлі әр " +
        "әрбір әрі әсіресе өз өздері өздерін өздерінің өзі өзін өзінде өзіне өзінен өзінің өйткені өте").Split(' ');

    private static readonly FrozenSet<string> Set = Words.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string word) => Set.Contains(word);
}
